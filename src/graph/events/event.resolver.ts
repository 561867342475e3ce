import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { IncludeRetractedArgs } from '../../shared/args';
import { BadInputError } from '../../errors';
import { FirstArgs } from '../../shared/pagination';
import { MembershipReport } from '../association/association.type';
import { Citation } from '../common/citation.type';
import { Membership } from '../memberships/membership.type';
import { Organization } from '../organizations/organization.type';
import { City } from '../places/place.type';
import { SlugArgs } from '../places/place.inputs';
import { eventRepository } from './event.repository';
import { EventsArgs } from './event.inputs';
import { Agreement, Event, Participation, Programme } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], { description: 'A timeline: events in time order, by kind, date range, status and city.' })
  async events(@Args() args: EventsArgs, @Ctx() ctx: AppContext) {
    if (args.from !== undefined && args.to !== undefined && args.from > args.to) {
      throw new BadInputError('from must not be after to', ['from']);
    }
    const slugs = await eventRepository.timeline(ctx.graph, {
      kinds: args.kind ?? null,
      status: args.status ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      city: args.city ?? null,
      limit: args.first,
    });
    return ctx.loaders.eventBySlug.loadMany(slugs);
  }

  @Query(() => Event, { nullable: true, description: 'One event by slug; null when there is none.' })
  async event(@Args() { slug }: SlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.eventBySlug.load(slug);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().eventBySlug.load(slug)) : live;
  }

  @FieldResolver(() => City, { nullable: true, description: 'Where it was held; null when online or not known.' })
  city(@Root() e: Event, @Ctx() ctx: AppContext) {
    return e.citySlug === null ? null : ctx.loaders.cityBySlug.load(e.citySlug);
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The festival or programme this is an edition of.' })
  programme(@Root() e: Event, @Ctx() ctx: AppContext) {
    return e.programmeSlug === null ? null : ctx.loaders.programmeBySlug.load(e.programmeSlug);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations that organized it, in name order.' })
  async organizers(@Root() e: Event, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.loadMany(await ctx.loaders.organizersByEvent.load(e.slug));
  }

  @FieldResolver(() => [Membership], {
    description: 'Memberships that began by admission at this assembly, at most `first` (admittedMemberCount counts them all).',
  })
  async admittedMembers(@Root() e: Event, @Args() { first }: FirstArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.admittedByEvent.load(e.slug)).slice(0, first);
  }

  @FieldResolver(() => Int, { description: 'How many members this assembly admitted.' })
  async admittedMemberCount(@Root() e: Event, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.admittedByEvent.load(e.slug)).length;
  }

  @FieldResolver(() => [MembershipReport], { description: 'Membership counts reported after this event.' })
  membershipReports(@Root() e: Event, @Ctx() ctx: AppContext) {
    return ctx.loaders.reportsByEvent.load(e.slug);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements signed at this event.' })
  agreements(@Root() e: Event, @Ctx() ctx: AppContext) {
    return ctx.loaders.agreementsByEvent.load(e.slug);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() e: Event, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(e.uid);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Festivals, projects, funds, campaigns and publications, in time order.' })
  async programmes(@Ctx() ctx: AppContext) {
    return ctx.loaders.programmeBySlug.loadMany(await eventRepository.programmeSlugs(ctx.graph));
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by slug; null when there is none.' })
  async programme(@Args() { slug }: SlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.programmeBySlug.load(slug);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().programmeBySlug.load(slug)) : live;
  }

  @FieldResolver(() => [Participation], {
    description: 'Who took part, at most `first` (participantCount counts them all).',
  })
  async participants(@Root() p: Programme, @Args() { first }: FirstArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.participantsByProgramme.load(p.slug)).slice(0, first);
  }

  @FieldResolver(() => Int, { description: 'How many took part.' })
  async participantCount(@Root() p: Programme, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.participantsByProgramme.load(p.slug)).length;
  }

  @FieldResolver(() => [Event], { description: 'Its editions (for a festival).' })
  editions(@Root() p: Programme, @Ctx() ctx: AppContext) {
    return ctx.loaders.eventBySlug.loadMany(p.editionSlugs);
  }

  @FieldResolver(() => [City], { description: 'The places it was held in, as its sources name them.' })
  cities(@Root() p: Programme, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(p.citySlugs);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() p: Programme, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(p.uid);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Organization], { description: 'The organizations that signed it.' })
  parties(@Root() a: Agreement, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.loadMany(a.partyIds);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Where it was signed.' })
  event(@Root() a: Agreement, @Ctx() ctx: AppContext) {
    return a.eventSlug === null ? null : ctx.loaders.eventBySlug.load(a.eventSlug);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() a: Agreement, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(a.uid);
  }
}
