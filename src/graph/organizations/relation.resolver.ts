import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Association } from '../association/association.type';
import { Citation, citationsOf } from '../common/citation.type';
import { Event, EventLink, Participation, Programme } from '../events/event.type';
import { Membership } from './membership.type';
import { Member, Organization, Person } from './organization.type';
import { Affiliation, BoardRole } from './role.type';
import { Tie } from './tie.type';

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

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => [Citation], { description: "The sources that state the tie, in the dataset's order." })
  async sources(@Root() t: Tie, @Ctx() ctx: AppContext) {
    return citationsOf((t.sourceIds === undefined ? await ctx.loaders.tieSourcesById.load(t.id) : t) ?? {});
  }
}

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
