import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation, citationsOf } from '../common/citation.type';
import { Organization } from '../organizations/organization.type';
import { Event, EventLink, Participation, Programme } from './event.type';

@Resolver(() => EventLink)
export class EventLinkResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event.' })
  event(@Root() l: EventLink, @Ctx() ctx: AppContext) {
    return ctx.loaders.eventBySlug.load(l.eventSlug);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Programme, { nullable: true, description: 'The programme taken part in.' })
  programme(@Root() p: Participation, @Ctx() ctx: AppContext) {
    return p.programme ?? ctx.loaders.programmeBySlug.load(p.programmeSlug);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that took part.' })
  organization(@Root() p: Participation, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(p.organizationId);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the participation, in the dataset's order." })
  sources(@Root() p: Participation) {
    return citationsOf(p);
  }
}
