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
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return loadMember(ctx, m.memberUid);
  }

  @FieldResolver(() => Association, { nullable: true })
  association(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return m.association ?? ctx.loaders.organizationById.load(m.associationId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The assembly that admitted the member, where known.' })
  admittedAt(@Root() m: Membership, @Ctx() ctx: AppContext) {
    return m.admittedAtSlug === null ? null : ctx.loaders.eventBySlug.load(m.admittedAtSlug);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() m: Membership) {
    return citationsOf(m);
  }
}

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => [Citation])
  async sources(@Root() t: Tie, @Ctx() ctx: AppContext) {
    return citationsOf((t.sourceIds === undefined ? await ctx.loaders.tieSourcesById.load(t.id) : t) ?? {});
  }
}

@Resolver(() => EventLink)
export class EventLinkResolver {
  @FieldResolver(() => Event, { nullable: true })
  event(@Root() l: EventLink, @Ctx() ctx: AppContext) {
    return ctx.loaders.eventBySlug.load(l.eventSlug);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Programme, { nullable: true })
  programme(@Root() p: Participation, @Ctx() ctx: AppContext) {
    return p.programme ?? ctx.loaders.programmeBySlug.load(p.programmeSlug);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() p: Participation, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(p.organizationId);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() p: Participation) {
    return citationsOf(p);
  }
}

@Resolver(() => BoardRole)
export class BoardRoleResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.personById.load(r.personId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(r.organizationId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The assembly that elected them, where known.' })
  electedAt(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return r.electedAtSlug === null ? null : ctx.loaders.eventBySlug.load(r.electedAtSlug);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() r: BoardRole, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(r.uid);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() a: Affiliation, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(a.organizationId);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() a: Affiliation) {
    return citationsOf(a);
  }
}
