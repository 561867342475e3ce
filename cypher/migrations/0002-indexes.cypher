// Range indexes for keyset paging (sortName, id) and the date bounds that as-of questions test.
CREATE INDEX organization_sort IF NOT EXISTS FOR (n:Organization) ON (n.sortName, n.id);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startEarliest);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX report_as_of IF NOT EXISTS FOR (n:MembershipReport) ON (n.asOfLatest);
CREATE INDEX member_of_since IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.sinceLatest);
CREATE INDEX member_of_admitted_at IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.admittedAt);
CREATE INDEX partners_with_kind IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.kind);
