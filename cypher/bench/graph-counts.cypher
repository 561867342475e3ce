// Benchmark setup: what the benchmark graph holds (organizations, stored PARTNERS_WITH ties, materialized TIED_TO ties), to
// report beside the results and to tell whether the ties the benchmark compares exist. No params.
RETURN COUNT { (:Organization) } AS organizations,
  COUNT { ()-[:PARTNERS_WITH]->() } AS partnersWith,
  COUNT { ()-[:TIED_TO]->() } AS tiedTo
