import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadInputError, UnknownAssociationError } from '../../errors';
import { Event } from '../events/event.type';
import { City, District, Region } from '../places/place.type';
import { DecentralizationArgs, DecentralizationTrendArgs } from './decentralization.inputs';
import { decentralizationAsOf, decentralizationTrend } from './decentralization.service';
import { Decentralization, DecentralizationStep, DecentralizationUnit, DecentralizationUnitKind } from './decentralization.type';

@Resolver(() => Decentralization)
export class DecentralizationResolver {
  @Query(() => Decentralization, {
    description:
      'How the members of an association spread over cities, districts or regions on a date: per unit members, share and ' +
      'members per 100,000 inhabitants; over all units unitsReached, shareOutsideCapital, the Herfindahl–Hirschman index, ' +
      'normalized Shannon entropy and the Gini coefficient. From member-level data or the membership report that counts ' +
      '(see DecentralizationBasis); `basis`, `coverage` and `notes` say which and how complete. An unknown association is BAD_USER_INPUT.',
  })
  async decentralization(@Args() args: DecentralizationArgs, @Ctx() ctx: AppContext) {
    const answer = await decentralizationAsOf(ctx.graph, args);
    if (answer === null) throw new UnknownAssociationError(args.association);
    return answer;
  }

  @Query(() => [DecentralizationStep], {
    description:
      'The decentralization measures (AUTO basis) at each held assembly (its end date, else start) and each dated report ' +
      'date of an association in [from, to], oldest first, with the units newly reached at each step.',
  })
  async decentralizationTrend(@Args() args: DecentralizationTrendArgs, @Ctx() ctx: AppContext) {
    if (args.from !== undefined && args.to !== undefined && args.from > args.to) {
      throw new BadInputError('from must not be after to', ['from']);
    }
    const trend = await decentralizationTrend(ctx.graph, {
      association: args.association,
      from: args.from ?? null,
      to: args.to ?? null,
      level: args.level,
    });
    if (trend === null) throw new UnknownAssociationError(args.association);
    return trend;
  }
}

@Resolver(() => DecentralizationUnit)
export class DecentralizationUnitResolver {
  @FieldResolver(() => City, { nullable: true, description: 'The local self-government unit, when the unit is one.' })
  city(@Root() u: DecentralizationUnit, @Ctx() ctx: AppContext) {
    return u.kind === DecentralizationUnitKind.CITY ? ctx.loaders.cityBySlug.load(u.slug) : null;
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district, when the unit is one.' })
  district(@Root() u: DecentralizationUnit, @Ctx() ctx: AppContext) {
    return u.kind === DecentralizationUnitKind.DISTRICT ? ctx.loaders.districtBySlug.load(u.slug) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region, when the unit is one.' })
  region(@Root() u: DecentralizationUnit, @Ctx() ctx: AppContext) {
    return u.kind === DecentralizationUnitKind.REGION ? ctx.loaders.regionBySlug.load(u.slug) : null;
  }
}

@Resolver(() => DecentralizationStep)
export class DecentralizationStepResolver {
  @FieldResolver(() => Event, {
    nullable: true,
    description: "The held assembly of that date, else the event the step's report was made at.",
  })
  event(@Root() s: DecentralizationStep, @Ctx() ctx: AppContext) {
    return s.eventSlug === null ? null : ctx.loaders.eventBySlug.load(s.eventSlug);
  }
}
