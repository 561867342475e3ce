import { Field, Float, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { Event, Programme } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';
import { City, Country } from '../places/place.type';

export enum SearchKind {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  CITY = 'CITY',
  EVENT = 'EVENT',
  PROGRAMME = 'PROGRAMME',
  COUNTRY = 'COUNTRY',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What kind of record a search hit is.',
  valuesConfig: {
    ORGANIZATION: { description: 'An organization (the association included).' },
    PERSON: { description: 'A person.' },
    CITY: { description: 'A place: a city, municipality or settlement.' },
    EVENT: { description: 'An event.' },
    PROGRAMME: { description: 'A programme.' },
    COUNTRY: { description: 'A country.' },
  },
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'The record a search hit found: an organization, person, place, event, programme or country.',
  types: () => [Organization, Person, City, Event, Programme, Country] as const,
  resolveType: (value) => {
    if ('isAssociation' in value) return Organization;
    if ('southeastEurope' in value) return Country;
    if ('editionSlugs' in value) return Programme;
    if ('status' in value) return Event;
    if ('populationUnit' in value) return City;
    return Person;
  },
});

@ObjectType({ description: 'One match of a search, best first.' })
export class SearchHit {
  key!: string;
  /** An organization hit's row, read with it. */
  organization?: Organization;
  @Field(() => SearchKind, { description: 'What kind of record it found.' }) kind!: SearchKind;
  @Field({ description: 'The name that was matched (or the primary name of the match).' }) name!: string;
  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' }) score!: number;
}
