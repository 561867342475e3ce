import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadInputError } from '../../errors';
import { IdOrSlugArgs, IncludeRetractedArgs } from '../../shared/args';
import { Citation, citationsOf } from '../common/citation.type';
import { Membership } from '../memberships/membership.type';
import { Organization } from '../organizations/organization.type';
import { City } from '../places/place.type';
import { BoardRole } from '../roles/role.type';
import { Affiliation, Person } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id or slug; null when there is none.' })
  async person(@Args() args: IdOrSlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    // An explicit null (a variable left null) counts as not given.
    const { id, slug } = { id: args.id ?? undefined, slug: args.slug ?? undefined };
    if ((id === undefined) === (slug === undefined)) throw new BadInputError('Give exactly one of id or slug', ['id']);
    const live = id !== undefined ? ctx.loaders.personById.load(id) : ctx.loaders.personBySlug.load(slug!);
    if (!includeRetracted) return live;
    return (await live) ?? ctx.loaders.retracted().person.load({ key: id ?? slug!, bySlug: id === undefined });
  }

  @FieldResolver(() => City, { nullable: true, description: 'Where they are based, when a source says.' })
  city(@Root() p: Person, @Ctx() ctx: AppContext) {
    return p.citySlug === null ? null : ctx.loaders.cityBySlug.load(p.citySlug);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships as an individual member.' })
  memberships(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.membershipsByMember.load(p.uid);
  }

  @FieldResolver(() => [BoardRole], { description: 'Roles they held in organizations (board, editor, coordinator).' })
  roles(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.rolesByPerson.load(p.id);
  }

  @FieldResolver(() => [Affiliation], { description: 'Organizations they came from or work with, other than as members or role holders.' })
  affiliations(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.affiliationsByPerson.load(p.id);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(p.uid);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the person is affiliated with.' })
  organization(@Root() a: Affiliation, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(a.organizationId);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the affiliation, in the dataset's order." })
  sources(@Root() a: Affiliation) {
    return citationsOf(a);
  }
}
