// Benchmark floor (Q5): one organization by $id with its city → district → region, its memberships (oldest first) with
// their association, its first $ties ties (TIED_TO, either direction; by partner sortName, partner id, tie id) with the
// partner and its city, and the programmes it took part in (by start, then slug) with its role. Ask one tie more than
// shown to tell whether there are more. The ties come in order from the two indexes of migrations/0008, as this API
// reads them. Params: $id, $ties.
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
    CALL (o) {
      MATCH ()-[t:TIED_TO]->(p)
      USING INDEX t:TIED_TO(aId, bSortName, bId, id)
      WHERE t.aId = o.id AND t.bSortName >= '' AND t.bId IS NOT NULL AND t.id IS NOT NULL
      WITH t, p ORDER BY t.aId, t.bSortName, t.bId, t.id
      LIMIT $ties
      RETURN t, p, t.bSortName AS partnerName, t.bId AS partnerId
      UNION ALL
      MATCH (p)-[t:TIED_TO]->()
      USING INDEX t:TIED_TO(bId, aSortName, aId, id)
      WHERE t.bId = o.id AND t.aSortName >= '' AND t.aId IS NOT NULL AND t.id IS NOT NULL
      WITH t, p ORDER BY t.bId, t.aSortName, t.aId, t.id
      LIMIT $ties
      RETURN t, p, t.aSortName AS partnerName, t.aId AS partnerId
    }
    WITH t, p ORDER BY partnerName, partnerId, t.id
    LIMIT $ties
    RETURN {origin: t.origin, partner: p {.id, .name, city: head(COLLECT { MATCH (p)-[:BASED_IN]->(pc:City) RETURN pc {.name} })}}
  },
  programmes: COLLECT {
    MATCH (o)-[r:PARTICIPATED_IN]->(g:Programme)
    WITH r, g ORDER BY g.startEarliest, g.slug
    RETURN {role: r.role, programme: g {.slug, .name}}
  }
} AS organization
