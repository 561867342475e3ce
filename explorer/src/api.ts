import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';

/**
 * The explorer's GraphQL client: urql with Graphcache, the normalized cache. Every entity the API returns carries a
 * globally unique `id` (the Node interface: City:beograd, Event:…, org-…), which is Graphcache's default key, so no
 * type needs its own key configuration; types without an id (answers such as Decentralization) are kept inside
 * their parent.
 */
export const client = new Client({
  url: new URL('../graphql', window.location.href).pathname,
  exchanges: [cacheExchange({}), fetchExchange],
  requestPolicy: 'cache-first',
});

export class ApiError extends Error {}

export async function query<Data, Variables extends AnyVariables = AnyVariables>(
  document: TypedDocumentNode<Data, Variables> | string,
  variables: Variables,
): Promise<Data> {
  const result = await client.query<Data, Variables>(document, variables).toPromise();
  if (result.error) throw new ApiError(result.error.message);
  if (!result.data) throw new ApiError('The API answered without data.');
  return result.data;
}
