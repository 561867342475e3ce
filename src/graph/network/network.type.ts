import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TieOrigin } from '../partnerships/tie.type';

@ObjectType({
  description:
    "Where an organization is, for bridges: its statistical region when it is in Serbia and the region is known, and its country (its own, else its city's). Null fields are unknown.",
})
export class NetworkArea {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code (Kosovo: XK).' }) countryCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Statistical region slug; only for organizations in Serbia.' }) regionSlug!:
    string | null;
}

@ObjectType({ description: 'One organization of the network with its measures.' })
export class NetworkOrganization {
  organizationId!: string;
  sortName!: string;

  @Field({
    description: 'A member of the association (as of `asOf`); false for the association itself and for organizations only tied to it.',
  })
  member!: boolean;
  @Field(() => Int, { description: 'Degree: how many distinct organizations of this network it is tied to (by the chosen origins).' })
  degree!: number;
  @Field(() => Int, {
    description:
      'Its ties to organizations of this network, each stored partnership, network membership and shared programme counted once (the sum of its pair weights; two co-participants of three programmes are one neighbour and three ties).',
  })
  tieCount!: number;
  @Field(() => Float, {
    description:
      'Betweenness centrality, unnormalized: summed over every unordered pair of other organizations of this network, the share of the shortest paths between them that pass through this one. Ties are undirected and unweighted (a step is one tie, whatever its weight); exact unless `samplingSize` was given (Graph Data Science gds.betweenness; see `betweennessSamplingSize`). 0 for an organization on no shortest path between two others.',
  })
  betweenness!: number;
  @Field(() => Int, {
    description: 'Its connected component (gds.wcc over undirected ties): see `components`; 1 is the largest.',
  })
  component!: number;
  @Field(() => Int, { description: 'Its Louvain community: see `communities`; 1 is the largest.' })
  community!: number;
  @Field(() => NetworkArea, { description: 'Its statistical region and country, where known.' }) area!: NetworkArea;
}

@ObjectType({ description: 'A connected component or a community: its organizations, in name order.' })
export class NetworkGroup {
  memberIds!: string[];

  @Field(() => Int, { description: 'Numbered from 1 by size (largest first), ties broken by the first name in the group.' }) id!: number;
  @Field(() => Int, { description: 'How many organizations it has.' }) size!: number;
}

@ObjectType({
  description:
    'A tie between two organizations known to be in different statistical regions of Serbia, or known to be in different countries.',
})
export class NetworkBridge {
  fromId!: string;
  toId!: string;

  @Field(() => NetworkArea, { description: 'The region and country of `from`.' }) fromArea!: NetworkArea;
  @Field(() => NetworkArea, { description: 'The region and country of `to`.' }) toArea!: NetworkArea;
  @Field({ description: 'The two ends are in different countries.' }) crossBorder!: boolean;
  @Field(() => Int, { description: 'How many ties join the pair (stored partnerships, network memberships, shared programmes).' })
  weight!: number;
  @Field(() => [TieOrigin], { description: 'The origins of the ties that join the pair, each once, in alphabetical order.' })
  origins!: TieOrigin[];
}

@ObjectType({ description: 'An organization carrying bridges, and the regions and countries it connects to through them.' })
export class BridgeCarrier {
  organizationId!: string;

  @Field(() => Int, { description: 'How many of the bridges it is an end of.' }) bridgeCount!: number;
  @Field(() => Int, {
    description:
      'How many other areas its bridges reach: a statistical region of Serbia, or a country abroad; a Serbian organization whose region is unknown counts as Serbia.',
  })
  areaCount!: number;
  @Field(() => [NetworkArea], { description: 'Those areas, regions of Serbia first, by slug or code.' }) areas!: NetworkArea[];
}

@ObjectType({
  description:
    "An association's tie network and its measures. Nodes: the association, its organization members (as of `asOf`; individual members are not organizations and are left out) and every organization tied to one of them. Edges: every tie among those nodes by the chosen origins (stored partnerships, network membership, and two participants of one programme), undirected; pairs tied several times are one edge of that weight.",
})
export class NetworkMetrics {
  associationId!: string;

  @Field(() => String, { nullable: true, description: 'The date the network is taken at; null: every tie and member ever known.' })
  asOf!: string | null;
  @Field(() => [TieOrigin], { description: 'The tie origins counted.' }) via!: TieOrigin[];
  @Field({ description: 'The Graph Data Science version that computed betweenness, components and communities.' }) gdsVersion!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Null: betweenness is exact. Otherwise how many source organizations it was estimated from (the `samplingSize` asked for, when below organizationCount).',
  })
  betweennessSamplingSize!: number | null;
  @Field(() => Int, { description: 'How many organizations (nodes) the network has.' }) organizationCount!: number;
  @Field(() => Int, { description: 'Tied pairs (edges).' }) tiedPairCount!: number;
  @Field(() => Float, { description: 'Density: tied pairs over all possible pairs, 2E / (N (N − 1)); 0 below two organizations.' })
  density!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Modularity of the Louvain communities (weighted by ties per pair): the share of tie weight inside communities minus the share expected at random with the same degrees; from −0.5 to 1. Null for a network without ties.',
  })
  modularity!: number | null;
  @Field(() => Int, { description: 'How many components the network has.' }) componentCount!: number;
  @Field(() => Int, { description: 'How many communities Louvain found.' }) communityCount!: number;
  @Field(() => Int, { description: 'How many bridges the network has.' }) bridgeCount!: number;
  @Field(() => Int, { description: 'How many organizations carry bridges.' }) bridgeCarrierCount!: number;

  // The lists are served a page at a time by network.resolver.ts, from the network computed once (network.service.ts).
  organizations!: NetworkOrganization[];
  components!: NetworkGroup[];
  communities!: NetworkGroup[];
  bridges!: NetworkBridge[];
  bridgeCarriers!: BridgeCarrier[];
}
