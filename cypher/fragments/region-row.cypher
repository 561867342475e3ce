// A statistical region as the Region type reads it, for the variable `region`.
region {.slug, .name, .nameEn, .uid, countryCode: head([(region)-[:IN_COUNTRY]->(regionCountry:Country) | regionCountry.code])}
