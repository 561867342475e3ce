import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation } from '../common/citation.type';
import { InferredValue, inferredValues } from '../common/inferred.type';
import { Event } from '../events/event.type';
import { createOrganizationFieldsResolver } from '../organizations/organization-fields.resolver';
import { City } from '../places/place.type';
import { AsOfArgs, AssociationArgs, GoalsArgs, ThemeArgs } from './association.inputs';
import { Association, Goal, MemberCity, MemberCount, MembershipReport } from './association.type';

@Resolver(() => Association)
export class AssociationResolver extends createOrganizationFieldsResolver(Association) {
  @Query(() => Association, { nullable: true, description: 'An association by slug (the NKSS is "nkss"); null when there is none.' })
  async association(@Args() { slug }: AssociationArgs, @Ctx() ctx: AppContext) {
    const organization = await ctx.loaders.organizationBySlug.load(slug);
    return organization?.isAssociation ? organization : null;
  }

  @Query(() => [Goal], { description: "An association's statutory goals, optionally by theme." })
  goals(@Args() args: GoalsArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.goals.load({ association: args.association, theme: args.theme || null });
  }

  @FieldResolver(() => [Goal], { name: 'goals', description: 'Its statutory goals in statute order, optionally by theme.' })
  goalsOf(@Root() a: Association, @Args() args: ThemeArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.goals.load({ association: a.slug, theme: args.theme || null });
  }

  @FieldResolver(() => [MembershipReport], {
    description: 'Every report of member and city counts, oldest first; disagreeing reports are all kept.',
  })
  membershipReports(@Root() a: Association, @Ctx() ctx: AppContext) {
    return ctx.loaders.reportsByAssociation.load(a.id);
  }

  @FieldResolver(() => MemberCount, {
    description: 'Members on a date, from member-level data (see membershipReports for the reported totals).',
  })
  memberCount(@Root() a: Association, @Args() { asOf }: AsOfArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.memberSummary.load({ associationId: a.id, asOf });
  }

  @FieldResolver(() => [MemberCity], {
    description: 'Cities (local self-government units) of the members certain on a date, most members first.',
  })
  async memberCities(@Root() a: Association, @Args() { asOf }: AsOfArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.memberSummary.load({ associationId: a.id, asOf }))?.cities ?? [];
  }
}

@Resolver(() => MembershipReport)
export class MembershipReportResolver {
  @FieldResolver(() => [City], { nullable: true, description: 'The cities the report lists; null when the source lists none.' })
  cities(@Root() r: MembershipReport, @Ctx() ctx: AppContext) {
    return r.listsCities ? ctx.loaders.cityBySlug.loadMany(r.citySlugs) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The assembly the report follows.' })
  event(@Root() r: MembershipReport, @Ctx() ctx: AppContext) {
    return r.eventSlug === null ? null : ctx.loaders.eventBySlug.load(r.eventSlug);
  }

  @FieldResolver(() => [Citation], { description: "The sources that report the counts, in the dataset's order." })
  sources(@Root() r: MembershipReport, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(r.uid);
  }

  @FieldResolver(() => [InferredValue], {
    description:
      'Values of this report that its sources do not state, each with the rule of this dataset that made it (the event a ' +
      'count is linked to from the topic of its page …); empty when every value is as its sources state it.',
  })
  inferred(@Root() r: MembershipReport) {
    return inferredValues(r.inferredFields, r.inferredRules);
  }
}

@Resolver(() => MemberCity)
export class MemberCityResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The city or municipality (settlements count in the unit they are part of).' })
  city(@Root() m: MemberCity, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.load(m.citySlug);
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => [Citation], { description: "The sources that state the goal, in the dataset's order." })
  sources(@Root() g: Goal, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(g.uid);
  }
}
