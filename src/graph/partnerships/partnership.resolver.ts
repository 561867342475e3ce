import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadInputError, UnknownAssociationError } from '../../errors';
import { isFieldRequested, pageRequest, toConnection } from '../../shared/pagination';
import { selectionTree, selectsOnly, type SelectionTree } from '../../shared/selection';
import { Citation, citationsOf } from '../common/citation.type';
import { Programme } from '../events/event.type';
import { CORE_ORGANIZATION, CORE_ORGANIZATION_WITHOUT_CITY } from '../organizations/organization.columns';
import { Organization } from '../organizations/organization.type';
import { TieOrigin } from '../partnerships/tie.type';
import { Country, Region } from '../places/place.type';
import {
  CommonPartnersArgs,
  IntersectoralArgs,
  PartnersOfArgs,
  PartnershipsArgs,
  RegionalCooperationArgs,
  ShortestPathArgs,
} from './partnership.inputs';
import { partnershipRepository as repo, type PartnersOfShape } from './partnership.repository';
import { partnershipAnalyses as analyses } from './partnership.service';
import {
  CommonPartner,
  CountryCooperation,
  IntersectoralCount,
  MemberCooperation,
  NetworkMembershipEntry,
  Partnership,
  PartnershipConnection,
  PartnerAtDistance,
  PartnerAtDistanceConnection,
  Path,
  PathNode,
  PathRelationship,
  RegionalCooperation,
} from './partnership.type';
import { distinct, originOf, routeTieIds } from './tie-id';

/** The order partnership cursors are made for: since's earliest bound (unknown last), then tie id. */
const ORDER = 'SINCE_ASC';

type Loaded<T> = T | null | Error;
const present = <T>(values: readonly Loaded<T>[]): T[] => values.filter((v): v is T => v !== null && !(v instanceof Error));

function loadTies(ctx: AppContext, ids: readonly string[]): Promise<Partnership[]> {
  return ctx.loaders.partnershipById.loadMany(ids).then(present);
}

function loadOrganizations(ctx: AppContext, ids: readonly string[]): Promise<Organization[]> {
  return ctx.loaders.organizationById.loadMany(ids).then(present);
}

const PARTNERS_OF_ORDER = 'DISTANCE_NAME';

/** A partnersOf page selected within these reads no route: its statement computes distances only ($routes false). */
const NO_ROUTE_SELECTION = reachedSelection({ distance: true, organization: true });
/** …and within these, the organizations reached as their core columns ($core true)… */
const CORE_REACHED_SELECTION = reachedSelection({
  distance: true,
  organization: CORE_ORGANIZATION,
  origins: true,
  through: true,
  route: true,
});
/** …and within these, without their cities ($coreCity false). */
const CORE_REACHED_WITHOUT_CITY_SELECTION = reachedSelection({
  distance: true,
  organization: CORE_ORGANIZATION_WITHOUT_CITY,
  origins: true,
  through: true,
  route: true,
});

function reachedSelection(node: SelectionTree): SelectionTree {
  return { edges: { cursor: true, node }, nodes: node, pageInfo: true, totalCount: true };
}

/** Looked up beside the analysis (one more query, in parallel), so an unknown slug is refused, not answered empty. */
async function requireAssociation(ctx: AppContext, slug: string): Promise<void> {
  const found = await ctx.loaders.organizationBySlug.load(slug);
  if (found === null || !found.isAssociation) throw new UnknownAssociationError(slug);
}

@Resolver()
export class PartnershipQueryResolver {
  @Query(() => PartnershipConnection, {
    description:
      'Every tie once (stored partnerships, network memberships, joint-programme pairs), filtered, in pages ordered by since (its earliest possible day; unknown last), then id.',
  })
  async partnerships(@Args() args: PartnershipsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    const filter = args.filter ?? {};
    if (filter.since !== undefined && filter.until !== undefined && filter.since > filter.until) {
      throw new BadInputError('filter.since must be on or before filter.until', ['filter', 'since']);
    }
    const request = pageRequest(args, ORDER, false);
    const [keys, totalCount] = await Promise.all([
      repo.page(ctx.graph, filter, request),
      isFieldRequested(info, 'totalCount') ? repo.count(ctx.graph, filter) : Promise.resolve(null),
    ]);
    const ties = await loadTies(
      ctx,
      keys.map((k) => k.id),
    );
    return toConnection(ties, request, (t) => ({ order: ORDER, key: [t.sinceKey], id: t.id }), totalCount);
  }

  @Query(() => PartnerAtDistanceConnection, {
    description:
      'Organizations within `depth` ties (1 to 3) of one organization, nearest first, then by name, each with one shortest route. A network membership is a tie between member and network (the network is an organization: two members of one network are two ties apart); two participants of one programme are ONE tie apart. In pages, with totalCount; empty for an unknown id.',
  })
  async partnersOf(@Args() args: PartnersOfArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    const request = pageRequest(args, PARTNERS_OF_ORDER, false, ['number', 'string']);
    const selection = selectionTree(info);
    const shape: PartnersOfShape = {
      routes: !selectsOnly(selection, NO_ROUTE_SELECTION),
      columns: selectsOnly(selection, CORE_REACHED_WITHOUT_CITY_SELECTION)
        ? 'coreWithoutCity'
        : selectsOnly(selection, CORE_REACHED_SELECTION)
          ? 'core'
          : 'full',
    };
    const { rows, totalCount } = await analyses.partnersOf(ctx.graph, args.organization, args.depth, args.via, request, shape);
    // A core row lacks fields other selections read: it stays out of the organization loaders.
    if (shape.columns === 'full') ctx.loaders.primeOrganizations(rows.flatMap((row) => (row.organization ? [row.organization] : [])));
    return toConnection(
      rows,
      request,
      (row) => ({ order: PARTNERS_OF_ORDER, key: [row.distance, row.sortName], id: row.organizationId }),
      totalCount,
    );
  }

  @Query(() => [CommonPartner], {
    description: 'Organizations tied to both a and b, by name, with the ties on each side. Empty for an unknown id.',
  })
  commonPartners(@Args() args: CommonPartnersArgs, @Ctx() ctx: AppContext) {
    return analyses.commonPartners(ctx.graph, args.a, args.b, args.via);
  }

  @Query(() => Path, {
    nullable: true,
    description:
      'One path with the fewest ties between two organizations (breadth-first over the ties `via` picks), as nodes and relationships; a programme step passes through the programme node. Null when there is none or an id is unknown; length 0 when from = to. Among equally short paths the one read back through the smallest organization ids wins.',
  })
  shortestPath(@Args() args: ShortestPathArgs, @Ctx() ctx: AppContext) {
    return analyses.shortestPath(ctx.graph, args.from, args.to, args.via);
  }

  @Query(() => [IntersectoralCount], {
    description:
      "Civil–public ties (one end CIVIL, the other PUBLIC) in the association's scene, counted by region of the civil end's city (null: unknown or abroad) and year of the since (null: unknown), by year then region, unknowns last. The scene: ties with the association or a member at either end, ties through a programme the association or a member took part in, and memberships in a network the association or a member belongs to. An unknown association is BAD_USER_INPUT.",
  })
  async intersectoralSummary(@Args() args: IntersectoralArgs, @Ctx() ctx: AppContext) {
    const [counts] = await Promise.all([
      analyses.intersectoralSummary(ctx.graph, args.association),
      requireAssociation(ctx, args.association),
    ]);
    return counts;
  }

  @Query(() => RegionalCooperation, {
    description:
      'Cross-border ties of the association and its members (any MEMBER_OF it), per partner country and per member, and the networks they belong to. An unknown association is BAD_USER_INPUT.',
  })
  async regionalCooperation(@Args() args: RegionalCooperationArgs, @Ctx() ctx: AppContext) {
    const [answer] = await Promise.all([
      analyses.regionalCooperation(ctx.graph, args.association, args.country ?? null, args.since ?? null),
      requireAssociation(ctx, args.association),
    ]);
    return answer;
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The end whose id sorts first.' })
  a(@Root() t: Partnership, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(t.aId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The end whose id sorts second.' })
  b(@Root() t: Partnership, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(t.bId);
  }

  @FieldResolver(() => String, { nullable: true, description: "a's role in the network or programme, where stated." })
  aRole(@Root() t: Partnership) {
    return t.roles[0] ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "b's role in the network or programme, where stated." })
  bRole(@Root() t: Partnership) {
    return t.roles[1] ?? null;
  }

  @FieldResolver(() => [Country], { nullable: 'items', description: 'The countries of a and b, in that order (null where unknown).' })
  countries(@Root() t: Partnership, @Ctx() ctx: AppContext) {
    return Promise.all(t.countryCodes.map((code) => (code === null ? Promise.resolve(null) : ctx.loaders.countryByCode.load(code))));
  }

  @FieldResolver(() => [Citation], { description: 'For a joint programme, the citations of both participations.' })
  sources(@Root() t: Partnership) {
    return citationsOf(t);
  }
}

@Resolver(() => PartnerAtDistance)
export class PartnerAtDistanceResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization reached.' })
  organization(@Root() p: PartnerAtDistance, @Ctx() ctx: AppContext) {
    return p.organization ?? ctx.loaders.organizationById.get(p.organizationId);
  }

  @FieldResolver(() => [TieOrigin], { description: 'The origin of each tie on the route, from the start.' })
  origins(@Root() p: PartnerAtDistance) {
    return p.steps.map(originOf);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations the route passes through (distance − 1 of them), in order.' })
  through(@Root() p: PartnerAtDistance, @Ctx() ctx: AppContext) {
    return loadOrganizations(ctx, p.throughIds);
  }

  @FieldResolver(() => [Partnership], { description: 'The ties of the route, in order.' })
  route(@Root() p: PartnerAtDistance, @Ctx() ctx: AppContext) {
    return loadTies(ctx, routeTieIds(p.startId, p.throughIds, p.organizationId, p.steps));
  }
}

@Resolver(() => CommonPartner)
export class CommonPartnerResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization tied to both.' })
  organization(@Root() c: CommonPartner, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(c.organizationId);
  }

  @FieldResolver(() => [Partnership], { description: 'Its ties with a.' })
  tiesWithA(@Root() c: CommonPartner, @Ctx() ctx: AppContext) {
    return loadTies(ctx, c.tieIdsA);
  }

  @FieldResolver(() => [Partnership], { description: 'Its ties with b.' })
  tiesWithB(@Root() c: CommonPartner, @Ctx() ctx: AppContext) {
    return loadTies(ctx, c.tieIdsB);
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [PathNode], {
    description: 'From `from` to `to`; a programme step puts the programme between its two participants.',
  })
  async nodes(@Root() p: Path, @Ctx() ctx: AppContext): Promise<(Organization | Programme)[]> {
    const nodes = await Promise.all(
      p.nodeRefs.map((ref) =>
        ref.kind === 'PROGRAMME' ? ctx.loaders.programmeBySlug.load(ref.key) : ctx.loaders.organizationById.load(ref.key),
      ),
    );
    return present(nodes);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations only, from `from` to `to` (length + 1 of them).' })
  organizations(@Root() p: Path, @Ctx() ctx: AppContext) {
    return loadOrganizations(ctx, p.organizationIds);
  }

  @FieldResolver(() => [Partnership], { description: 'The ties of the path, in order (length of them).' })
  ties(@Root() p: Path, @Ctx() ctx: AppContext) {
    return loadTies(ctx, distinct(p.relationships.map((r) => r.tieId)));
  }
}

@Resolver(() => PathRelationship)
export class PathRelationshipResolver {
  @FieldResolver(() => Partnership, { nullable: true, description: 'The tie this relationship is (part of).' })
  partnership(@Root() r: PathRelationship, @Ctx() ctx: AppContext) {
    return ctx.loaders.partnershipById.load(r.tieId);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the relationship, in the dataset's order." })
  sources(@Root() r: PathRelationship) {
    return citationsOf(r);
  }
}

@Resolver(() => IntersectoralCount)
export class IntersectoralCountResolver {
  @FieldResolver(() => Region, { nullable: true, description: "The civil end's region; null when its city is unknown or abroad." })
  region(@Root() c: IntersectoralCount, @Ctx() ctx: AppContext) {
    return c.regionSlug === null ? null : ctx.loaders.regionBySlug.load(c.regionSlug);
  }

  @FieldResolver(() => [Partnership], { description: 'The ties counted, by since, then id.' })
  partnerships(@Root() c: IntersectoralCount, @Ctx() ctx: AppContext) {
    return loadTies(ctx, c.tieIds);
  }
}

@Resolver(() => RegionalCooperation)
export class RegionalCooperationResolver {
  @FieldResolver(() => [Partnership], { description: 'All the cross-border ties counted, by since, then id.' })
  partnerships(@Root() r: RegionalCooperation, @Ctx() ctx: AppContext) {
    return loadTies(ctx, r.tieIds);
  }
}

@Resolver(() => CountryCooperation)
export class CountryCooperationResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The partner country.' })
  country(@Root() c: CountryCooperation, @Ctx() ctx: AppContext) {
    return ctx.loaders.countryByCode.load(c.countryCode);
  }

  @FieldResolver(() => [Organization], { description: 'The partners there, in the order of their earliest tie.' })
  partners(@Root() c: CountryCooperation, @Ctx() ctx: AppContext) {
    return loadOrganizations(ctx, c.partnerIds);
  }

  @FieldResolver(() => [Partnership], { description: 'By since, then id.' })
  partnerships(@Root() c: CountryCooperation, @Ctx() ctx: AppContext) {
    return loadTies(ctx, c.tieIds);
  }
}

@Resolver(() => MemberCooperation)
export class MemberCooperationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The association itself or a member.' })
  member(@Root() m: MemberCooperation, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(m.memberId);
  }

  @FieldResolver(() => [Country], { description: 'Its partner countries, by name.' })
  countries(@Root() m: MemberCooperation, @Ctx() ctx: AppContext) {
    return ctx.loaders.countryByCode.loadMany(m.countryCodes).then(present);
  }

  @FieldResolver(() => [Partnership], { description: 'By since, then id.' })
  partnerships(@Root() m: MemberCooperation, @Ctx() ctx: AppContext) {
    return loadTies(ctx, m.tieIds);
  }
}

@Resolver(() => NetworkMembershipEntry)
export class NetworkMembershipEntryResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The association or member that belongs to the network.' })
  member(@Root() n: NetworkMembershipEntry, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(n.memberId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The network, itself an organization.' })
  network(@Root() n: NetworkMembershipEntry, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(n.networkId);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state the membership, in the dataset's order." })
  sources(@Root() n: NetworkMembershipEntry) {
    return citationsOf(n);
  }
}

/** Every resolver class of this domain, for src/graph/resolvers.ts. */
export const partnershipResolvers = [
  PartnershipQueryResolver,
  PartnershipResolver,
  PartnerAtDistanceResolver,
  CommonPartnerResolver,
  PathResolver,
  PathRelationshipResolver,
  IntersectoralCountResolver,
  RegionalCooperationResolver,
  CountryCooperationResolver,
  MemberCooperationResolver,
  NetworkMembershipEntryResolver,
] as const;
