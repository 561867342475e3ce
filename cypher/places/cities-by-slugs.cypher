// Cities (any place: city, municipality, settlement) by slug, with the keys of their district, region and country.
// A settlement inherits district and region from the city it is part of. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (city:City {slug: key})
RETURN key, {{city-row}} AS value
