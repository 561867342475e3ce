// partners-by-organizations.cypher for a selection that reads of each tie only its id and origin and of the partner only
// its id, name and city (a page of a hundred organizations with ten partners each: 6,000 values to decode, not 17,000).
// Each tie is a list as fragments/core-tie-columns makes it.
{{tie-pages-begin}}
  {{core-tie-columns}}
{{tie-pages-end}}
