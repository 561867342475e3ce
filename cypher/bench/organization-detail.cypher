// Benchmark floor (Q5): one organization by $id with its city → district → region, its memberships (oldest first) with
// their association, its first $ties ties (TIED_TO, either direction; by partner sortName, partner id, tie id) with the
// partner and its city, and the programmes it took part in (by start, then slug) with its role. Ask one tie more than
// shown to tell whether there are more. Params: $id, $ties.
MATCH (o:Organization {id: $id})
RETURN o {.id, .name, .kind, .sector,
  city: head(COLLECT {
    MATCH (o)-[:BASED_IN]->(c:City)
    RETURN c {.name, district: head(COLLECT {
      MATCH (c)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT]->(d:District)
      RETURN d {.name, region: head(COLLECT { MATCH (d)-[:IN_REGION]->(r:Region) RETURN r {.name} })}
    })}
  }),
  memberships: COLLECT {
    MATCH (o)-[m:MEMBER_OF]->(a:Association)
    WITH m, a ORDER BY m.sinceEarliest, a.id
    RETURN {since: m.since, until: m.until, founding: m.founding, association: a {.id, .name}}
  },
  ties: COLLECT {
    MATCH (o)-[t:TIED_TO]-(p:Organization)
    WITH t, p ORDER BY p.sortName, p.id, t.id
    LIMIT $ties
    RETURN {origin: t.origin, partner: p {.id, .name, city: head(COLLECT { MATCH (p)-[:BASED_IN]->(pc:City) RETURN pc {.name} })}}
  },
  programmes: COLLECT {
    MATCH (o)-[r:PARTICIPATED_IN]->(g:Programme)
    WITH r, g ORDER BY g.startEarliest, g.slug
    RETURN {role: r.role, programme: g {.slug, .name}}
  }
} AS organization
