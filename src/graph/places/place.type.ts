import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.type';

export enum CityType {
  CITY = 'CITY',
  MUNICIPALITY = 'MUNICIPALITY',
  SETTLEMENT = 'SETTLEMENT',
}
registerEnumType(CityType, {
  name: 'CityType',
  description: 'The administrative kind of a place.',
  valuesConfig: {
    CITY: { description: 'A city (grad) with its administrative area, all its settlements included.' },
    MUNICIPALITY: { description: 'A municipality (opština) or a city municipality (gradska opština).' },
    SETTLEMENT: { description: 'A single settlement (naselje) within a municipality or city municipality.' },
  },
});

@ObjectType({ description: 'WGS 84 coordinates.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in decimal degrees, north positive.' }) latitude!: number;
  @Field(() => Float, { description: 'Longitude in decimal degrees, east positive.' }) longitude!: number;
}

@ObjectType({ implements: Node, description: 'A country. Kosovo has the code XK, with no claim on its status.' })
export class Country {
  uid!: string;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) code!: string;
  @Field({ description: 'Name in English.' }) name!: string;
  @Field({ description: 'Name in Serbian (Latin script).' }) nameSr!: string;
  @Field({
    description:
      'An editorial flag of this dataset (not a sourced fact): set for Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Greece, Kosovo, Montenegro, North Macedonia, Romania, Serbia and Slovenia.',
  })
  southeastEurope!: boolean;
}

@ObjectType({ implements: Node, description: 'A statistical region of Serbia.' })
export class Region {
  uid!: string;
  countryCode!: string | null;
  @Field({ description: 'The key of the region: lower-case ASCII words joined by hyphens ("region-vojvodine").' }) slug!: string;
  @Field({ description: 'Serbian name in Latin script ("Region Vojvodine").' }) name!: string;
  @Field(() => String, { nullable: true, description: 'English name ("Vojvodina Region"), when the dataset has one.' }) nameEn!:
    string | null;
}

@ObjectType({ implements: Node, description: 'An administrative district (okrug). The City of Belgrade belongs to none.' })
export class District {
  uid!: string;
  regionSlug!: string | null;
  seatSlug!: string | null;
  @Field({ description: 'The key of the district: lower-case ASCII words joined by hyphens ("borski-okrug").' }) slug!: string;
  @Field({ description: 'Serbian name in Latin script ("Borski okrug").' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Serbian name in Cyrillic script.' }) nameCyr!: string | null;
}

@ObjectType({ implements: Node, description: 'A place an organization or event is in: a city, municipality or settlement.' })
export class City {
  uid!: string;
  partOfSlug!: string | null;
  districtSlug!: string | null;
  regionSlug!: string | null;
  countryCode!: string | null;

  @Field({ description: 'The key of the place: lower-case ASCII words joined by hyphens ("novi-sad").' }) slug!: string;
  @Field({ description: 'Serbian name in Latin script, diacritics kept.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Serbian name in Cyrillic script.' }) nameCyr!: string | null;
  @Field(() => String, { nullable: true, description: 'English name, when the dataset has one.' }) nameEn!: string | null;
  @Field(() => CityType, { nullable: true, description: 'Whether it is a city, a municipality or a settlement; null when not recorded.' })
  type!: CityType | null;
  @Field(() => GeoPoint, { nullable: true, description: 'Where it lies; null when no coordinates are recorded.' })
  location!: GeoPoint | null;
  @Field(() => Int, { nullable: true, description: 'Census 2022 population of the unit `populationUnit` describes.' })
  population2022!: number | null;
  @Field(() => Int, { nullable: true, description: 'Census 2011 population.' }) population2011!: number | null;
  @Field(() => String, { nullable: true, description: 'Which area the population figures cover.' }) populationUnit!: string | null;
}

/** The places read along with organizations (fragments/places-of-cities): each distinct city, district and region once. */
export interface Places {
  cities: City[];
  districts: District[];
  regions: Region[];
}
