// One full-text index over the normalized search key (Latin, folded, đ as dj) of every searchable label.
// The keyword-free "standard-no-stop-words" analyzer keeps short words such as "za" and "u".
CREATE FULLTEXT INDEX search_key IF NOT EXISTS FOR (n:Organization|Person|City|Event|Programme|Country) ON EACH [n.searchKey] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
