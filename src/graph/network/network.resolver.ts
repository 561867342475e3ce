import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { UnknownAssociationError } from '../../errors';
import { FirstArgs, isFieldRequested } from '../../shared/pagination';
import { Organization } from '../organizations/organization.type';
import { Country, Region } from '../places/place.type';
import { NetworkMetricsArgs } from './network.inputs';
import { BridgeCarrier, NetworkArea, NetworkBridge, NetworkGroup, NetworkMetrics, NetworkOrganization } from './network.type';

@Resolver(() => NetworkMetrics)
export class NetworkMetricsResolver {
  @Query(() => NetworkMetrics, {
    description:
      "Network analysis of an association's ties for analysts: degree, betweenness, connected components, Louvain communities and bridges between regions, computed by Neo4j Graph Data Science (needs the plugin: SERVICE_UNAVAILABLE without it).",
  })
  async networkMetrics(@Args() args: NetworkMetricsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    // Bridges are computed (and shipped from Neo4j) only when the request selects them: at 10,000 organizations they are
    // tens of thousands of rows.
    const bridges = isFieldRequested(info, 'bridges') || isFieldRequested(info, 'bridgeCarriers');
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
  @FieldResolver(() => [Organization], { description: 'In name order, at most `first` (size counts them all).' })
  organizations(@Root() g: NetworkGroup, @Args() { first }: FirstArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.loadMany(g.memberIds.slice(0, first));
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
