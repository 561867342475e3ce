import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Association } from '../association/association.type';
import { Citation, citationsOf } from '../common/citation.type';
import { Event } from '../events/event.type';
import type { Organization } from '../organizations/organization.type';
import type { Person } from '../people/person.type';
import { Member, Membership } from './membership.type';

/** A member uid is "Organization:<id>" or "Person:<id>" (see dataset/graph-rows.ts). */
function loadMember(ctx: AppContext, uid: string): Promise<Organization | Person | null> {
  const [label, id] = uid.split(':', 2) as [string, string];
  return label === 'Person' ? ctx.loaders.personById.load(id) : ctx.loaders.organizationById.load(id);
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member: an organization or a person.' })
  member(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return loadMember(ctx, m.memberUid);
  }

  @FieldResolver(() => Association, { nullable: true, description: 'The association it is a membership in.' })
  association(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return m.association ?? ctx.loaders.organizationById.load(m.associationId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The assembly that admitted the member, where known.' })
  admittedAt(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return m.admittedAtSlug === null ? null : ctx.loaders.eventBySlug.load(m.admittedAtSlug);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the membership, in the dataset's order." })
  sources(@Root() m: Membership) {
    return citationsOf(m);
  }
}
