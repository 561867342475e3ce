import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadInputError, UnknownAssociationError } from '../../errors';
import { FirstArgs } from '../../shared/pagination';
import { Event } from '../events/event.type';
import { Membership } from '../memberships/membership.type';
import { City } from '../places/place.type';
import { ChangesArgs } from './changes.inputs';
import { changesBetween } from './changes.service';
import { Changes } from './changes.type';

@Resolver(() => Changes)
export class ChangesResolver {
  @Query(() => Changes, {
    description:
      'What changed for an association between two dates: members admitted and gone, places newly reached, board changes, ' +
      'membership reports published and events held, in (from, to].',
  })
  async changes(@Args() args: ChangesArgs, @Ctx() ctx: AppContext) {
    if (args.from > args.to) throw new BadInputError('from must not be after to', ['from']);
    const changes = await changesBetween(ctx.graph, args.association, args.from, args.to);
    if (changes === null) throw new UnknownAssociationError(args.association);
    return changes;
  }

  @FieldResolver(() => [Membership], {
    description:
      'Memberships begun in the range (with admittedAt, the assembly that admitted them, where known), at most `first`; membersAdmittedCount counts them all.',
  })
  membersAdmitted(@Root() c: Changes, @Args() { first }: FirstArgs) {
    return c.membersAdmitted.slice(0, first);
  }

  @FieldResolver(() => Int, { description: 'How many memberships began in the range.' })
  membersAdmittedCount(@Root() c: Changes) {
    return c.membersAdmitted.length;
  }

  @FieldResolver(() => [Membership], {
    description:
      'Memberships ended in the range, at most `first` (membersGoneCount counts them all). No source in the data states an end; a falling count is never read as one.',
  })
  membersGone(@Root() c: Changes, @Args() { first }: FirstArgs) {
    return c.membersGone.slice(0, first);
  }

  @FieldResolver(() => Int, { description: 'How many memberships ended in the range.' })
  membersGoneCount(@Root() c: Changes) {
    return c.membersGone.length;
  }

  @FieldResolver(() => [City], {
    description: 'Local self-government units with a member (known for certain) on `to` and none on `from`, by name.',
  })
  placesReached(@Root() c: Changes, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(c.placesReachedSlugs);
  }

  @FieldResolver(() => [City], { description: 'Local self-government units with a member on `from` and none on `to`, by name.' })
  placesLeft(@Root() c: Changes, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(c.placesLeftSlugs);
  }

  @FieldResolver(() => [Event], {
    description: 'Held events whose end (else start) falls in the range, in time order: the timeline, as `events` lists it.',
  })
  events(@Root() c: Changes, @Ctx() ctx: AppContext) {
    return ctx.loaders.eventBySlug.loadMany(c.eventSlugs);
  }
}
