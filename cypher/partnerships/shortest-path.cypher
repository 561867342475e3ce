// One shortest path in ties between two organizations, or no row when there is none. Breadth-first by levels over the
// derived ties (TIED_TO, cypher/ties/rebuild.cypher) whose origin is in $origins (stored PARTNERS_WITH, MEMBER_OF_NETWORK
// member–network, and programme co-participation, where participant–programme–participant is ONE tie), stopping at the
// level that reaches the target: each organization is expanded at most once, so the cost is bounded by the part of the
// graph nearer than the target. The path is then read back level by level, taking at each step the predecessor with the
// smallest id and the smallest "origin|via" step. Returns the organizations in order, each step's origin and via key,
// and the path as nodes (organizations, and for a programme step the programme between its two participants) and the
// stored relationships each step stands for (PARTNERS_WITH, MEMBER_OF_NETWORK, or the two PARTICIPATED_IN of a programme
// step, read back for their direction, roles and citations). Params: $from, $to (organization ids), $origins (TieOrigin
// names).
MATCH (start:Organization {id: $from})
MATCH (target:Organization {id: $to})
// Each level: the frontier's tied organizations (duplicates allowed), then one scan of organizations keeps each new one
// once. A subquery inside reduce() sees only the lists it is handed (frontier, candidates, seen), never the whole state,
// and holds no DISTINCT or ORDER BY over them: either would copy those lists into every row it keeps.
WITH start, target, reduce(st = {levels: [[start]], seen: [start], done: start = target}, i IN range(1, COUNT { (:Organization) }) |
  CASE WHEN st.done OR size(last(st.levels)) = 0 THEN st ELSE [next IN [[frontier IN [last(st.levels)] | [candidates IN [COLLECT {
    UNWIND frontier AS x
    MATCH (x)-[t:TIED_TO]-(y:Organization)
    WHERE t.origin IN $origins
    RETURN y
  }] | [seen IN [st.seen] | COLLECT { MATCH (y:Organization) WHERE y IN candidates AND NOT y IN seen RETURN y }][0]][0]][0]]
  | {levels: st.levels + [next], seen: st.seen + next, done: target IN next}][0] END) AS st
WHERE st.done
WITH target, st.levels AS levels
WITH reduce(back = [{node: target, step: null}], k IN range(size(levels) - 2, 0, -1) | back + [head([prev IN [c IN [last(back).node] | COLLECT {
    MATCH (c)-[t:TIED_TO]-(x:Organization)
    WHERE t.origin IN $origins
    WITH x, t.origin + '|' + split(t.id, '|')[1] AS step
    RETURN {node: x, step: step} AS prev
    ORDER BY x.id, step
  }][0] WHERE prev.node IN levels[k]])]) AS back
WITH reverse(back) AS forward
WITH [e IN forward | e.node] AS orgs, [e IN forward[0..-1] | e.step] AS steps
UNWIND CASE WHEN size(steps) = 0 THEN [null] ELSE range(0, size(steps) - 1) END AS i
WITH orgs, steps, i, orgs[i] AS u, orgs[i + 1] AS v, split(steps[i], '|') AS step
CALL (u, v, step) {
  WITH u, v, step WHERE step[0] IN ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION']
  MATCH (u)-[r:PARTNERS_WITH]-(v)
  WHERE r.kind = step[0] AND coalesce(r.via, r.id) = step[1]
  WITH u, r LIMIT 1
  RETURN [] AS middle, [{type: 'PARTNERS_WITH', origin: r.kind, since: r.since, until: r.until, role: null,
    via: head(COLLECT {
      MATCH (ag:Agreement {id: r.via}) RETURN {kind: 'AGREEMENT', key: ag.id, name: ag.name} AS via
      UNION
      MATCH (pg:Programme {slug: r.via}) RETURN {kind: 'PROGRAMME', key: pg.slug, name: pg.name} AS via
    }),
    forward: startNode(r) = u, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes}] AS rels
  UNION
  WITH u, v, step WHERE step[0] = 'NETWORK_MEMBERSHIP'
  MATCH (u)-[r:MEMBER_OF_NETWORK]-(v)
  WHERE endNode(r).slug = step[1]
  WITH u, r LIMIT 1
  RETURN [] AS middle, [{type: 'MEMBER_OF_NETWORK', origin: 'NETWORK_MEMBERSHIP', since: r.since, until: null, role: r.role,
    via: {kind: 'NETWORK', key: endNode(r).slug, name: endNode(r).name},
    forward: startNode(r) = u, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes}] AS rels
  UNION
  WITH u, v, step WHERE step[0] = 'JOINT_PROGRAMME'
  MATCH (g:Programme {slug: step[1]})
  MATCH (u)-[p:PARTICIPATED_IN]->(g)
  WITH u, v, g, p ORDER BY p.role LIMIT 1
  MATCH (v)-[q:PARTICIPATED_IN]->(g)
  WITH g, p, q ORDER BY q.role LIMIT 1
  WITH g, p, q, {kind: 'PROGRAMME', key: g.slug, name: g.name} AS via
  RETURN [{kind: 'PROGRAMME', key: g.slug}] AS middle, [
    {type: 'PARTICIPATED_IN', origin: 'JOINT_PROGRAMME', since: g.start, until: g.end, role: p.role, via: via,
      forward: true, sourceIds: p.sourceIds, sourceQuotes: p.sourceQuotes},
    {type: 'PARTICIPATED_IN', origin: 'JOINT_PROGRAMME', since: g.start, until: g.end, role: q.role, via: via,
      forward: false, sourceIds: q.sourceIds, sourceQuotes: q.sourceQuotes}] AS rels
  UNION
  WITH step WHERE step IS NULL
  RETURN [] AS middle, [] AS rels
}
WITH orgs, steps, i, middle,
  [rel IN rels | rel {.*, tieId: steps[i] + '|' + CASE WHEN orgs[i].id < orgs[i + 1].id THEN orgs[i].id + '|' + orgs[i + 1].id
    ELSE orgs[i + 1].id + '|' + orgs[i].id END}] AS rels
ORDER BY i
WITH orgs, steps, collect({middle: middle, rels: rels}) AS parts
RETURN [o IN orgs | o.id] AS organizationIds, steps, size(steps) AS length,
  [{kind: 'ORGANIZATION', key: orgs[0].id}] + reduce(ns = [], j IN range(0, size(parts) - 1) |
    ns + parts[j].middle + CASE WHEN j + 1 < size(orgs) THEN [{kind: 'ORGANIZATION', key: orgs[j + 1].id}] ELSE [] END) AS nodes,
  reduce(rs = [], part IN parts | rs + part.rels) AS relationships
