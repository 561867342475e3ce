import 'reflect-metadata';
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { compareWithPrevious, countingReport, measure, previousStep, steps } from '../graph/analytics/decentralization.assemble';
import type { BasisRow, MemberDayRow } from '../graph/analytics/decentralization.repository';
import { DecentralizationBasis, DecentralizationLevel, type Decentralization } from '../graph/analytics/decentralization.type';
import { toCypherInt, toPlain, type Plain } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import { PARTNERS_OF_PAGE } from './queries';
import { toFulltextQuery } from '../shared/search-key';
import { runAsChildProcess } from './child-server';

/**
 * The benchmark's floor: node:http and driver.executeQuery with hand-written Cypher, answering each benchmark query with
 * the same JSON this API returns (`{ data, extensions: { cypherQueries } }`), and nothing else: no GraphQL, no loaders.
 */

const q = {
  page: cypher('bench/organizations-page'),
  pageWithTies: cypher('bench/organizations-page-ties'),
  count: cypher('bench/organizations-count'),
  countInRegion: cypher('bench/organizations-count-in-region'),
  detail: cypher('bench/organization-detail'),
  search: cypher('bench/search-organizations'),
  partnersWithinTwo: cypher('bench/partners-within-two'),
  // The same queries and assembly the API's decentralization runs: the floor differs only in what carries them.
  decentralizationBasis: cypher('analytics/decentralization-basis'),
  decentralizationMembers: cypher('analytics/decentralization-members'),
};

class BadRequest extends Error {}

type Params = URLSearchParams;

function text(params: Params, name: string): string {
  const value = params.get(name);
  if (value === null || value === '') throw new BadRequest(`${name} is required`);
  return value;
}

function optionalText(params: Params, name: string): string | null {
  const value = params.get(name);
  return value === null || value === '' ? null : value;
}

function int(params: Params, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new BadRequest(`${name} must be an integer from 1 to ${max}`);
  return Number(raw);
}

interface Tie {
  origin: string;
  partner: Plain;
}

/** Shown ties and whether more exist, from one tie more than shown. */
function tieConnection(ties: Tie[], shown: number) {
  return { edges: ties.slice(0, shown).map((node) => ({ node })), pageInfo: { hasNextPage: ties.length > shown } };
}

type Answer = { data: unknown; queries: number };

export function createFloorHandlers(driver: Driver, database: string | undefined) {
  let queries = 0;
  const read = async (query: string, params: Record<string, unknown>): Promise<Record<string, Plain>[]> => {
    queries += 1;
    const result = await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ });
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, Plain>);
  };

  async function decentralization(association: string, asOf: string): Promise<Decentralization | null> {
    const [basis] = (await read(q.decentralizationBasis, { association })) as unknown as BasisRow[];
    if (basis === undefined) return null;
    const previous = previousStep(
      steps(basis).map((s) => s.day),
      asOf,
    );
    const days = previous === null ? [asOf] : [asOf, previous];
    const rows = (await read(q.decentralizationMembers, { association, dates: days })) as unknown as MemberDayRow[];
    const at = (day: string): Decentralization =>
      measure({
        asOf: day,
        level: DecentralizationLevel.CITY,
        requestedBasis: DecentralizationBasis.AUTO,
        counting: countingReport(basis.reports, day),
        members: rows.find((r) => r.day === day) ?? { certain: 0, possible: 0, withoutUnit: 0, units: [] },
        undatedReports: basis.undatedReports,
      });
    return compareWithPrevious(at(asOf), previous === null ? null : at(previous), previous);
  }

  const routes: Record<string, (params: Params) => Promise<unknown>> = {
    '/organizations': async (params) => {
      const limit = int(params, 'first', 100, 100);
      const ties = params.has('ties') ? int(params, 'ties', 10, 100) : null;
      if (ties !== null) {
        const rows = await read(q.pageWithTies, { limit: toCypherInt(limit), ties: toCypherInt(ties + 1) });
        const edges = rows.map(({ node }) => {
          const { ties: all, ...organization } = node as Record<string, Plain>;
          return { node: { ...organization, partners: tieConnection(all as unknown as Tie[], ties) } };
        });
        return { organizations: { edges } };
      }
      const rows = await read(q.page, {
        afterName: optionalText(params, 'afterName'),
        afterId: optionalText(params, 'afterId'),
        limit: toCypherInt(limit),
      });
      return { organizations: { edges: rows.map(({ node }) => ({ node })) } };
    },
    '/organizations/count': async (params) => {
      const region = optionalText(params, 'region');
      const [row] = region === null ? await read(q.count, {}) : await read(q.countInRegion, { region });
      return { organizations: { totalCount: row?.totalCount ?? 0 } };
    },
    '/organization': async (params) => {
      const shown = 10;
      const [row] = await read(q.detail, { id: text(params, 'id'), ties: toCypherInt(shown + 1) });
      if (row === undefined) return { organization: null };
      const { ties, ...organization } = row.organization as Record<string, Plain>;
      return { organization: { ...organization, partners: tieConnection(ties as unknown as Tie[], shown) } };
    },
    '/search': async (params) => {
      const query = toFulltextQuery(text(params, 'text'));
      if (query === null) throw new BadRequest('text has no letters or digits to search for');
      const rows = await read(q.search, { query, limit: toCypherInt(int(params, 'first', 20, 100)) });
      return { search: rows.map((r) => ({ kind: 'ORGANIZATION', name: r.name, score: r.score, node: { id: r.id } })) };
    },
    '/decentralization': async (params) => {
      const d = await decentralization(text(params, 'association'), text(params, 'asOf'));
      if (d === null) return { decentralization: null };
      const unit = (u: { slug: string; name: string; members: number | null; share: number | null }) => ({
        slug: u.slug,
        name: u.name,
        members: u.members,
        share: u.share,
      });
      return {
        decentralization: {
          asOf: d.asOf,
          basis: d.basis,
          requestedBasis: d.requestedBasis,
          members: d.members,
          membersInUnits: d.membersInUnits,
          membersWithoutUnit: d.membersWithoutUnit,
          unitsReached: d.unitsReached,
          shareOutsideCapital: d.shareOutsideCapital,
          herfindahlHirschman: d.herfindahlHirschman,
          entropy: d.entropy,
          gini: d.gini,
          comparedWith: d.comparedWith,
          units: d.units?.map(unit) ?? null,
          newUnits: d.newUnits?.map((u) => ({ slug: u.slug })) ?? null,
          notes: d.notes,
        },
      };
    },
    '/partners-of': async (params) => {
      const [found] = await read(q.partnersWithinTwo, { organization: text(params, 'organization'), limit: toCypherInt(PARTNERS_OF_PAGE) });
      const rows = (found?.rows ?? []) as { id: string; name: string; distance: number }[];
      return {
        partnersOf: {
          totalCount: found?.totalCount ?? 0,
          nodes: rows.map((r) => ({ distance: r.distance, organization: { id: r.id, name: r.name } })),
        },
      };
    },
  };

  /** Answers one request; the Cypher statements it sent are counted into `queries`. */
  return async (path: string, params: Params): Promise<Answer | null> => {
    const route = routes[path];
    if (route === undefined) return null;
    const before = queries;
    const data = await route(params);
    return { data, queries: queries - before };
  };
}

export interface FloorServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves on `port` (0: any free one) over `driver`, which the caller closes. */
export async function startFloorServer(options: { driver: Driver; port: number; database?: string }): Promise<FloorServer> {
  const handle = createFloorHandlers(options.driver, options.database);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const send = (status: number, body: unknown): void => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    if (url.pathname === '/health') return send(200, { status: 'ok' });
    handle(url.pathname, url.searchParams).then(
      (answer) => {
        if (answer === null) send(404, { errors: [{ message: `no route ${url.pathname}` }] });
        else send(200, { data: answer.data, extensions: { cypherQueries: answer.queries } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        send(error instanceof BadRequest ? 400 : 500, { errors: [{ message }] });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (require.main === module) runAsChildProcess('floor server', startFloorServer);
