// A participation as the Participation type reads it, for the variables `organizationId`, `r` (its PARTICIPATED_IN) and
// `g` (the programme): the programme's row comes with it, so it needs no query of its own.
{programmeSlug: g.slug, organizationId: organizationId, role: r.role, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes,
  programme: {{programme-row}}}
