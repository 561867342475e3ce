import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import type { AppContext } from '../../context';
import { BadInputError } from '../../errors';
import { SLUG_PATTERN } from '../../shared/validators';
import { Citation } from '../common/citation.type';
import { City } from '../places/place.type';
import { Membership } from './membership.type';
import { Person } from './organization.type';
import { Affiliation, BoardRole } from './role.type';

@ArgsType()
class PersonArgs {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  id?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  slug?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id or slug; null when there is none.' })
  person(@Args() args: PersonArgs, @Ctx() ctx: AppContext) {
    if ((args.id === undefined) === (args.slug === undefined)) throw new BadInputError('Give exactly one of id or slug', ['id']);
    return args.id !== undefined ? ctx.loaders.personById.load(args.id) : ctx.loaders.personBySlug.load(args.slug!);
  }

  @FieldResolver(() => City, { nullable: true })
  city(@Root() p: Person, @Ctx() ctx: AppContext) {
    return p.citySlug === null ? null : ctx.loaders.cityBySlug.load(p.citySlug);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships as an individual member.' })
  memberships(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.membershipsByMember.load(p.uid);
  }

  @FieldResolver(() => [BoardRole])
  roles(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.rolesByPerson.load(p.id);
  }

  @FieldResolver(() => [Affiliation])
  affiliations(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.affiliationsByPerson.load(p.id);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() p: Person, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(p.uid);
  }
}
