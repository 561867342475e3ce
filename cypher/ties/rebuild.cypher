// Derives the ties of the given organizations into TIED_TO: deletes every TIED_TO touching them, then recreates every tie
// of all three origins touching them, one relationship per tie, (a)-[:TIED_TO]->(b) with a.id < b.id (readers match it
// undirected). Running it twice changes nothing. Params: $ids (organization ids).
//
// A tie (see docs/graph-model.md, "Ties"): a stored PARTNERS_WITH (origin = its kind); a network
// membership, member–network, ONE tie (networkId = the network's id); a joint programme, two participants of one
// :Programme, ONE tie per programme per pair however many participations each has (roles: each one's smallest role;
// sources: a's participations, then b's). t.id = "ORIGIN|viaKey|a.id|b.id", the tie id the API exposes (viaKey: the
// agreement id or else the stored tie's own id; the network's slug; the programme's slug). Properties: origin, viaKind
// ('AGREEMENT' | 'NETWORK' | 'PROGRAMME' | null), viaKey, viaName, since, until (the partial-date strings), sinceEarliest,
// sinceLatest, untilEarliest, untilLatest (dates), roleA, roleB, sourceIds, sourceQuotes, networkId; and both ends' ids
// and sort names (aId, bId, aSortName, bSortName), which the tie pages read in order from an index per end
// (fragments/ties-in-order, migrations/0008). Writing an organization rebuilds its ties, so a new name reaches them.
//
// RULE FOR EVERY WRITER: a write that creates, changes or deletes a PARTNERS_WITH, a MEMBER_OF_NETWORK or a
// PARTICIPATED_IN (or a Programme's, Agreement's or network's name, dates or slug, or an organization's name) runs this query, in the same
// transaction, for the organizations it touched: both ends of a PARTNERS_WITH or MEMBER_OF_NETWORK (for a network:
// every member); for a participation or a programme, every participant of that programme (before and after the write).
// Deleting an organization with DETACH DELETE takes its ties with it. The dataset loader (src/dataset/load.ts) and the
// synthetic generator (src/cli/generate-synthetic.ts) follow it through src/ties/rebuild.ts.
// Planned afresh on every run: a plan cached while TIED_TO was empty (the first batch of a fresh graph) may scan every
// TIED_TO per organization once thousands exist (seen: a 1,000-organization batch of the 100k graph at 600M page hits).
CYPHER replan=force
MATCH (o:Organization)
WHERE o.id IN $ids
CALL (o) {
  MATCH (o)-[old:TIED_TO]-()
  DELETE old
}
WITH collect(o) AS organizations
UNWIND organizations AS x
CALL (x) {
  MATCH (x)-[r:PARTNERS_WITH]-(y:Organization)
  WHERE y <> x
  WITH r, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS ends,
    head(COLLECT {
      MATCH (ag:Agreement {id: r.via}) RETURN {kind: 'AGREEMENT', name: ag.name} AS via
      UNION
      MATCH (pg:Programme {slug: r.via}) RETURN {kind: 'PROGRAMME', name: pg.name} AS via
    }) AS via
  RETURN ends[0] AS a, ends[1] AS b, {
    id: r.kind + '|' + coalesce(r.via, r.id) + '|' + ends[0].id + '|' + ends[1].id, origin: r.kind,
    viaKind: via.kind, viaKey: r.via, viaName: via.name,
    since: r.since, until: r.until, sinceEarliest: r.sinceEarliest, sinceLatest: r.sinceLatest,
    untilEarliest: r.untilEarliest, untilLatest: r.untilLatest, roleA: null, roleB: null,
    sourceIds: coalesce(r.sourceIds, []), sourceQuotes: coalesce(r.sourceQuotes, []), networkId: null
  } AS tie
  UNION ALL
  MATCH (x)-[r:MEMBER_OF_NETWORK]-(y:Organization)
  WHERE y <> x
  WITH r, startNode(r) AS member, endNode(r) AS network
  WITH r, member, network, CASE WHEN member.id < network.id THEN [member, network] ELSE [network, member] END AS ends
  RETURN ends[0] AS a, ends[1] AS b, {
    id: 'NETWORK_MEMBERSHIP|' + network.slug + '|' + ends[0].id + '|' + ends[1].id, origin: 'NETWORK_MEMBERSHIP',
    viaKind: 'NETWORK', viaKey: network.slug, viaName: network.name,
    since: r.since, until: null, sinceEarliest: r.sinceEarliest, sinceLatest: r.sinceLatest,
    untilEarliest: null, untilLatest: null,
    roleA: CASE WHEN ends[0] = member THEN r.role END, roleB: CASE WHEN ends[1] = member THEN r.role END,
    sourceIds: coalesce(r.sourceIds, []), sourceQuotes: coalesce(r.sourceQuotes, []), networkId: network.id
  } AS tie
  UNION ALL
  MATCH (x)-[:PARTICIPATED_IN]->(g:Programme)
  WITH DISTINCT x, g
  MATCH (g)<-[:PARTICIPATED_IN]-(y:Organization)
  WHERE y <> x
  WITH DISTINCT g, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS ends
  WITH g, ends[0] AS a, ends[1] AS b
  WITH g, a, b,
    COLLECT { MATCH (a)-[p:PARTICIPATED_IN]->(g) RETURN p ORDER BY p.role, p.key } AS pa,
    COLLECT { MATCH (b)-[p:PARTICIPATED_IN]->(g) RETURN p ORDER BY p.role, p.key } AS pb
  RETURN a, b, {
    id: 'JOINT_PROGRAMME|' + g.slug + '|' + a.id + '|' + b.id, origin: 'JOINT_PROGRAMME',
    viaKind: 'PROGRAMME', viaKey: g.slug, viaName: g.name,
    since: g.start, until: g.end, sinceEarliest: g.startEarliest, sinceLatest: g.startLatest,
    untilEarliest: g.endEarliest, untilLatest: g.endLatest, roleA: pa[0].role, roleB: pb[0].role,
    sourceIds: reduce(ids = [], p IN pa + pb | ids + coalesce(p.sourceIds, [])),
    sourceQuotes: reduce(qs = [], p IN pa + pb | qs + coalesce(p.sourceQuotes, [])), networkId: null
  } AS tie
}
// Both ends of a tie inside the batch yield it twice: keep one per id, then CREATE (every TIED_TO touching the batch was
// deleted above, so none exists). A MERGE here was planned from statistics taken before the batch wrote its first tie and
// could look for each tie by scanning all TIED_TO written so far: quadratic in the batch (seen: 852M page hits, 7 min, for
// 2,000 organizations of the 10k graph).
WITH tie.id AS id, head(collect({a: a, b: b, tie: tie})) AS one
WITH one.a AS a, one.b AS b, one.tie AS tie
CREATE (a)-[t:TIED_TO]->(b)
SET t = tie, t.aId = a.id, t.bId = b.id, t.aSortName = a.sortName, t.bSortName = b.sortName
