// The properties of a place the City type reads, for the variable `city`, without its district and region (the
// fragments that include this one add them): its own fields, the slug of what it is part of, its country's code.
.slug, .name, .nameCyr, .nameEn, .type, .location, .population2022, .population2011, .populationUnit, .uid,
partOfSlug: head([(city)-[:PART_OF]->(cityWhole:City) | cityWhole.slug]),
countryCode: head([(city)-[:IN_COUNTRY]->(cityCountry:Country) | cityCountry.code])
