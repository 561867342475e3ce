// A membership as the Membership type reads it, for the variables `memberUid` (the member's uid), `r` (its MEMBER_OF)
// and `o` (the association): the association's row comes with it, so it needs no query of its own.
{
  memberUid: memberUid, associationId: o.id, since: r.since, until: r.until, founding: r.founding,
  admittedAtSlug: r.admittedAt, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes,
  association: {{organization-row}}
}
