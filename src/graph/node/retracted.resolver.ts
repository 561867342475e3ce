import { FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { Event, Programme } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';
import { City, Country, District, Region } from '../places/place.type';
import { Retraction, type MaybeRetracted } from './retracted.type';

/** `retraction` of a type its lookup by key answers retracted with includeRetracted: null for a live record. */
function retractionResolver(type: ClassType) {
  @Resolver(() => type)
  class RetractionFieldResolver {
    @FieldResolver(() => Retraction, {
      nullable: true,
      description: 'Set only on a retracted record a lookup answered with includeRetracted: who retracted it, when and why.',
    })
    retraction(@Root() row: MaybeRetracted): Retraction | null {
      return row.retraction ?? null;
    }
  }
  return RetractionFieldResolver;
}

export const retractionResolvers: ClassType[] = [Organization, Person, City, District, Region, Country, Event, Programme].map(
  retractionResolver,
);
