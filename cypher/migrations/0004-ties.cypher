// Indexes for the derived ties (TIED_TO, see cypher/ties/rebuild.cypher): the tie id the API looks ties up by, and the
// origin the `via`/`origins` filters test.
CREATE INDEX tied_to_id IF NOT EXISTS FOR ()-[t:TIED_TO]-() ON (t.id);
CREATE INDEX tied_to_origin IF NOT EXISTS FOR ()-[t:TIED_TO]-() ON (t.origin);
