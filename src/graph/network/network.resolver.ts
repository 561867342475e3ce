import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { UnknownAssociationError } from '../../errors';
import { isFieldRequested } from '../../shared/pagination';
import { Organization } from '../organizations/organization.type';
import { Country, Region } from '../places/place.type';
import { NetworkMetricsArgs, NetworkPageArgs } from './network.inputs';
import { BridgeCarrier, NetworkArea, NetworkBridge, NetworkGroup, NetworkMetrics, NetworkOrganization } from './network.type';

const BRIDGE_FIELDS = ['bridges', 'bridgeCarriers', 'bridgeCount', 'bridgeCarrierCount'];

const page = <T>(list: readonly T[], { first, offset }: NetworkPageArgs): T[] => list.slice(offset, offset + first);

@Resolver(() => NetworkMetrics)
export class NetworkMetricsResolver {
  @Query(() => NetworkMetrics, {
    description:
      "Network analysis of an association's ties for analysts: degree, betweenness, connected components, Louvain communities and bridges between regions, computed by Neo4j Graph Data Science (needs the plugin: SERVICE_UNAVAILABLE without it).",
  })
  async networkMetrics(@Args() args: NetworkMetricsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    // Bridges are computed (and shipped from Neo4j) only when the request selects them: at 10,000 organizations they are
    // tens of thousands of rows.
    const bridges = BRIDGE_FIELDS.some((name) => isFieldRequested(info, name));
    const metrics = await ctx.loaders.networkMetrics.load({
      association: args.association,
      asOf: args.asOf,
      via: args.via,
      samplingSize: args.samplingSize,
      bridges,
    });
    if (metrics === null) throw new UnknownAssociationError(args.association);
    return metrics;
  }

  @FieldResolver(() => Organization, { description: 'The association.' })
  association(@Root() m: NetworkMetrics, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(m.associationId);
  }

  @FieldResolver(() => [NetworkOrganization], {
    description:
      'The organizations of the network, a page at a time (organizationCount counts them all): highest betweenness first, then degree, then name.',
  })
  organizations(@Root() m: NetworkMetrics, @Args() args: NetworkPageArgs) {
    return page(m.organizations, args);
  }

  @FieldResolver(() => [NetworkGroup], {
    description:
      'Connected components (weakly connected components of the undirected ties, gds.wcc), a page at a time (componentCount counts them all); an organization without ties is its own.',
  })
  components(@Root() m: NetworkMetrics, @Args() args: NetworkPageArgs) {
    return page(m.components, args);
  }

  @FieldResolver(() => [NetworkGroup], {
    description:
      'Communities found by Louvain modularity optimisation (gds.louvain, undirected, weighted by ties per pair, one thread, organizations projected in id order, so one dataset and GDS version always give the same answer), a page at a time (communityCount counts them all). Louvain is a heuristic: another GDS version, another projection order or more threads can split close cases differently.',
  })
  communities(@Root() m: NetworkMetrics, @Args() args: NetworkPageArgs) {
    return page(m.communities, args);
  }

  @FieldResolver(() => [NetworkBridge], {
    description: 'Bridges between regions or countries, by the names of their ends, a page at a time (bridgeCount counts them all).',
  })
  bridges(@Root() m: NetworkMetrics, @Args() args: NetworkPageArgs) {
    return page(m.bridges, args);
  }

  @FieldResolver(() => [BridgeCarrier], {
    description:
      'Organizations at an end of a bridge, a page at a time (bridgeCarrierCount counts them all): most areas reached first, then most bridges, then name.',
  })
  bridgeCarriers(@Root() m: NetworkMetrics, @Args() args: NetworkPageArgs) {
    return page(m.bridgeCarriers, args);
  }
}

@Resolver(() => NetworkOrganization)
export class NetworkOrganizationResolver {
  @FieldResolver(() => Organization, { description: 'The organization.' })
  organization(@Root() n: NetworkOrganization, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(n.organizationId);
  }
}

@Resolver(() => NetworkGroup)
export class NetworkGroupResolver {
  @FieldResolver(() => [Organization], { description: 'In name order, a page at a time (size counts them all).' })
  organizations(@Root() g: NetworkGroup, @Args() args: NetworkPageArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.loadMany(page(g.memberIds, args));
  }
}

@Resolver(() => NetworkBridge)
export class NetworkBridgeResolver {
  @FieldResolver(() => Organization, { description: 'The end whose name comes first.' })
  from(@Root() b: NetworkBridge, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(b.fromId);
  }

  @FieldResolver(() => Organization, { description: 'The end whose name comes second.' })
  to(@Root() b: NetworkBridge, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(b.toId);
  }
}

@Resolver(() => BridgeCarrier)
export class BridgeCarrierResolver {
  @FieldResolver(() => Organization, { description: 'The organization carrying the bridges.' })
  organization(@Root() c: BridgeCarrier, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(c.organizationId);
  }
}

@Resolver(() => NetworkArea)
export class NetworkAreaResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The statistical region; null abroad or when unknown.' })
  region(@Root() a: NetworkArea, @Ctx() ctx: AppContext) {
    return a.regionSlug === null ? null : ctx.loaders.regionBySlug.load(a.regionSlug);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country; null when unknown.' })
  country(@Root() a: NetworkArea, @Ctx() ctx: AppContext) {
    return a.countryCode === null ? null : ctx.loaders.countryByCode.load(a.countryCode);
  }
}
