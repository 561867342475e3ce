import { SYNTHETIC_ASSOCIATION } from '../cli/generate-synthetic';
import { decodeCursor } from '../shared/cursor';
import { send } from './equality';
import { anchorPosition, PAGE_SIZE, searchTextFor, type BenchContext } from './queries';

async function ourData<T>(oursUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await send(oursUrl, { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) });
  const body = answer.body as { data?: T; errors?: { message: string }[] };
  if (answer.status !== 200 || body.errors !== undefined || body.data === undefined) {
    throw new Error(`preparing the benchmark, our API answered HTTP ${answer.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return body.data;
}

/**
 * What the queries need from the graph: Q4's cursor is the endCursor reached by walking our pages of 100 from the start to
 * the anchor position, once; the floor gets the same keyset (sort name and id) the cursor carries.
 */
export async function prepareContext(oursUrl: string, organizations: number): Promise<BenchContext> {
  const { organizations: all } = await ourData<{ organizations: { totalCount: number } }>(oursUrl, '{ organizations { totalCount } }');
  const position = anchorPosition(all.totalCount);
  let cursor: string | null = null;
  for (let walked = 0; walked < position; walked += PAGE_SIZE) {
    const page: { organizations: { pageInfo: { endCursor: string | null } } } = await ourData(
      oursUrl,
      `query Walk($after: String) { organizations(first: ${PAGE_SIZE}, after: $after) { pageInfo { endCursor } } }`,
      { after: cursor },
    );
    cursor = page.organizations.pageInfo.endCursor;
    if (cursor === null) throw new Error(`our pages ended before position ${position}`);
  }
  const key = decodeCursor(cursor!, 'NAME_ASC');
  const sortName = key.key[0];
  if (typeof sortName !== 'string') throw new Error('our cursor does not carry a sort name');
  return {
    region: 'region-vojvodine',
    anchor: { position, cursor: cursor!, sortName, id: key.id },
    hub: 'syn-org-1',
    partnersOfStart: `syn-org-${Math.max(1, Math.round(organizations / 2))}`,
    searchText: searchTextFor(organizations),
    association: SYNTHETIC_ASSOCIATION,
    asOf: '2020-12-31',
  };
}
