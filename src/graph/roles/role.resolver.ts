import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation } from '../common/citation.type';
import { Event } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';
import { BoardRole } from './role.type';

@Resolver(() => BoardRole)
export class BoardRoleResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person who held the role.' })
  person(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.personById.load(r.personId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the role is in.' })
  organization(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(r.organizationId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The assembly that elected them, where known.' })
  electedAt(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return r.electedAtSlug === null ? null : ctx.loaders.eventBySlug.load(r.electedAtSlug);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the role, in the dataset's order." })
  sources(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(r.uid);
  }
}
