// A district (okrug) as the District type reads it, for the variable `district`: with its region and seat.
district {
  .slug, .name, .nameCyr, .uid,
  regionSlug: head([(district)-[:IN_REGION]->(districtRegion:Region) | districtRegion.slug]),
  seatSlug: head([(district)-[:SEAT]->(districtSeat:City) | districtSeat.slug])
}
