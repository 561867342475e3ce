import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { runAsChildProcess } from './child-server';

/**
 * The benchmark's peer: @neo4j/graphql 7 over the same graph, with type definitions equivalent to what the benchmark
 * asks of this API. Ties are the materialized TIED_TO relationships read in both directions, as this API reads them.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Organization @node @fulltext(indexes: [{ indexName: "search_key", queryName: "searchOrganizations", fields: ["searchKey"] }]) {
    id: ID!
    slug: String!
    name: String!
    sortName: String
    searchKey: String
    kind: String
    sector: String
    city: City @relationship(type: "BASED_IN", direction: OUT)
    memberships: [Association!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    partners: [Organization!]! @relationship(type: "TIED_TO", direction: OUT, queryDirection: UNDIRECTED, properties: "Tie")
    programmes: [Programme!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }
  type Association @node {
    id: ID!
    slug: String!
    name: String!
  }
  type Membership @relationshipProperties {
    since: String
    until: String
    founding: Boolean
  }
  type Tie @relationshipProperties {
    id: ID!
    origin: String
  }
  type Participation @relationshipProperties {
    role: String
  }
  type Programme @node {
    slug: String!
    name: String!
    startEarliest: Date
  }
  type City @node {
    slug: String!
    name: String!
    partOf: City @relationship(type: "PART_OF", direction: OUT)
    district: District @relationship(type: "IN_DISTRICT", direction: OUT)
    region: Region @relationship(type: "IN_REGION", direction: OUT)
  }
  type District @node {
    slug: String!
    name: String!
    region: Region @relationship(type: "IN_REGION", direction: OUT)
  }
  type Region @node {
    slug: String!
    name: String!
  }
`;

export interface PeerServer {
  url: string;
  stop(): Promise<void>;
}

/** Apollo Server standalone on `port` (0: any free one) over `driver`, which the caller closes; introspection off. */
export async function startPeerServer(options: { driver: Driver; port: number; database?: string }): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: options.driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: '127.0.0.1' },
    context: async () => (options.database === undefined ? {} : { sessionConfig: { database: options.database } }),
  });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}

if (require.main === module) runAsChildProcess('peer server', startPeerServer);
