import type { EqualityResult } from './equality';
import { roundsWithoutAnswers, type LatencyResult, type ThroughputResult } from './measure';
import { SERVERS, type BenchContext, type ServerName } from './queries';

/** The benchmark's results: JSON as measured, a Markdown table for the README and an SVG bar chart drawn by hand. */

export const THROUGHPUT_TARGET = 1.5;
export const P99_TARGET = 1.5;

export interface ServerMeasurement {
  latency: LatencyResult | null;
  throughput: ThroughputResult | null;
  /** Cypher statements per request: as ours and the floor report them; the peer's one per root field. */
  cypherPerRequest: string | null;
  /** Why it was not (fully) measured. */
  problem: string | null;
}

export interface QueryReport {
  id: string;
  title: string;
  equality: EqualityResult;
  servers: Partial<Record<ServerName, ServerMeasurement>>;
}

export interface BenchReport {
  createdAt: string;
  organizations: number;
  partnerships: number;
  seed: number;
  settings: { duration: number; connections: number; runs: number; warmup: number; settle?: number; warmRound?: number; rounds?: number };
  machine: { node: string; cpus: number; cpuModel: string; platform: string };
  graph: Record<string, number>;
  context: BenchContext | null;
  queries: QueryReport[];
  /** networkMetrics on this API alone (no peer or floor equivalent): computed once, then from the cache. */
  network?: NetworkTiming[];
  notes: string[];
}

export interface NetworkTiming {
  samplingSize: number | null;
  /** The first request: Graph Data Science runs (ms), or the error it answered. */
  computedMs: number | null;
  /** The same request again, served from the cache (ms). */
  cachedMs: number | null;
  organizationCount: number | null;
  problem?: string;
}

export type Verdict = 'PASS' | 'FAIL' | '–';

const validRate = (m: ServerMeasurement | undefined): number | null =>
  m?.throughput?.valid === true && m.throughput.requestsPerSecond > 0 ? m.throughput.requestsPerSecond : null;
const validP99 = (m: ServerMeasurement | undefined): number | null =>
  m?.latency !== null && m?.latency !== undefined && m.latency.failures === 0 ? m.latency.p99Ms : null;

/** Throughput at least 1.5× the peer's, where both answer validly; '–' otherwise. */
export function throughputVerdict(q: QueryReport): Verdict {
  const ours = validRate(q.servers.ours);
  const peer = validRate(q.servers.peer);
  if (!q.equality.equal || ours === null || peer === null) return '–';
  return ours >= THROUGHPUT_TARGET * peer ? 'PASS' : 'FAIL';
}

/** Sequential p99 at most 1.5× the floor's; '–' when either is missing. */
export function p99Verdict(q: QueryReport): Verdict {
  const ours = validP99(q.servers.ours);
  const floor = validP99(q.servers.floor);
  if (!q.equality.equal || ours === null || floor === null) return '–';
  return ours <= P99_TARGET * floor ? 'PASS' : 'FAIL';
}

const num = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined ? '–' : x.toFixed(digits));
const ratio = (a: number | null, b: number | null): string => (a === null || b === null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const triple = (q: QueryReport, value: (m: ServerMeasurement) => string | null): string =>
  SERVERS.map((s) => {
    const m = q.servers[s];
    return m === undefined ? '–' : (value(m) ?? '–');
  }).join(' / ');

const rate = (q: QueryReport, s: ServerName): string => {
  const t = q.servers[s]?.throughput;
  if (t === null || t === undefined) return '–';
  const spread = t.roundsRequestsPerSecond;
  const median =
    spread === undefined || spread.length < 2
      ? num(t.requestsPerSecond)
      : `${num(t.requestsPerSecond)} (${num(Math.min(...spread))}–${num(Math.max(...spread))})`;
  if (t.valid) return median;
  const empty = roundsWithoutAnswers(t);
  const rounds = t.roundsRequestsPerSecond?.length ?? 1;
  if (empty > 0) return `${median} (invalid: no request finished within ${Math.round(t.durationS)} s in ${empty} of ${rounds} rounds)`;
  return `${median} (invalid: ${t.non2xx} non-2xx, ${t.errors + t.mismatches} errors)`;
};

export function markdownTable(report: BenchReport): string {
  const header = [
    'query',
    'ours req/s',
    'peer req/s',
    'floor req/s',
    'ours/peer',
    'ours/floor',
    'p50 ms ours / peer / floor',
    'p99 ms ours / peer / floor',
    'ours p99 / floor p99',
    'Cypher/req ours / peer / floor',
    'Node CPU ms/req ours / peer / floor',
    'RSS MB ours / peer / floor',
    `≥ ${THROUGHPUT_TARGET}× peer`,
    `p99 ≤ ${P99_TARGET}× floor`,
  ];
  const rows = report.queries.map((q) => {
    const name = `${q.id} ${q.title}`;
    if (!q.equality.equal) return [name, 'answers not equal: not timed', ...header.slice(2).map(() => '')];
    return [
      name,
      rate(q, 'ours'),
      rate(q, 'peer'),
      rate(q, 'floor'),
      ratio(validRate(q.servers.ours), validRate(q.servers.peer)),
      ratio(validRate(q.servers.ours), validRate(q.servers.floor)),
      triple(q, (m) => num(m.latency?.p50Ms)),
      triple(q, (m) => num(m.latency?.p99Ms)),
      ratio(validP99(q.servers.ours), validP99(q.servers.floor)),
      triple(q, (m) => m.cypherPerRequest),
      triple(q, (m) => num(m.throughput?.cpuMsPerRequest, 2)),
      triple(q, (m) => num(m.throughput?.rssMb, 0)),
      throughputVerdict(q),
      p99Verdict(q),
    ];
  });
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The table with a heading naming the graph and the settings, and the notes (mismatches, missing shapes) below it. */
export function markdownReport(report: BenchReport): string {
  const s = report.settings;
  const problems = report.queries.filter((q) => !q.equality.equal).map((q) => `- ${q.id}: ${q.equality.detail.replaceAll('\n', '\n  ')}`);
  const measureProblems = report.queries.flatMap((q) =>
    SERVERS.flatMap((server) => {
      const problem = q.servers[server]?.problem;
      return problem ? [`- ${q.id} ${server}: ${problem}`] : [];
    }),
  );
  return [
    `### ${report.organizations.toLocaleString('en')} organizations, ${report.partnerships.toLocaleString('en')} stored ties (seed ${report.seed}), ${report.createdAt.slice(0, 10)}`,
    '',
    (s.warmRound ? `A warm-up round of ${s.warmRound} s per query and server first, and again before each query. ` : '') +
      (s.rounds !== undefined && s.rounds > 1
        ? `${s.rounds} rounds, each server once per round in rotating order: autocannon ${s.connections} connections × ${s.duration} s after a warm-up run, req/s of the median round (min–max of the rounds); p50/p99 over ${s.rounds} × ${s.runs} sequential requests, each ${s.runs} after ${s.warmup} warm-up ones${s.settle ? ` and ${s.settle} s idle` : ''}. `
        : `autocannon ${s.connections} connections × ${s.duration} s after a warm-up run; p50/p99 from ${s.runs} sequential requests after ${s.warmup} warm-up ones. `) +
      `Node ${report.machine.node}, ${report.machine.cpus} CPUs (${report.machine.cpuModel}). Ours/peer and ours/floor are req/s ratios.`,
    '',
    markdownTable(report),
    '',
    ...(problems.length > 0 ? ['Not equal, not timed:', '', ...problems, ''] : []),
    ...(measureProblems.length > 0 ? ['Measurement problems:', '', ...measureProblems, ''] : []),
    ...networkSection(report.network ?? []),
    ...(report.notes.length > 0 ? ['Notes:', '', ...report.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

function networkSection(timings: readonly NetworkTiming[]): string[] {
  if (timings.length === 0) return [];
  const ms = (value: number | null): string => (value === null ? '–' : `${(value / 1000).toFixed(2)} s`);
  return [
    'networkMetrics (this API only; organizations with degree and betweenness; first request computed, second from the cache):',
    '',
    '| betweenness | organizations | computed | cached | problem |',
    '| --- | ---: | ---: | ---: | --- |',
    ...timings.map(
      (t) =>
        `| ${t.samplingSize === null ? 'exact' : `sampled, ${t.samplingSize} sources`} | ${t.organizationCount ?? '–'} | ${ms(t.computedMs)} | ${ms(t.cachedMs)} | ${t.problem ?? ''} |`,
    ),
    '',
  ];
}

const COLORS: Record<ServerName, string> = { ours: '#1f77b4', peer: '#ff7f0e', floor: '#7f7f7f' };
const LABELS: Record<ServerName, string> = { ours: 'this API', peer: '@neo4j/graphql 7.6.3', floor: 'floor (node:http + Cypher)' };

const escapeXml = (s: string): string => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Grouped bars of req/s per query (log scale, so the slow queries stay visible), each bar labelled with its value. */
export function svgChart(report: BenchReport): string {
  const groups = report.queries.map((q) => ({
    id: q.id,
    bars: SERVERS.map((s) => ({ server: s, value: q.equality.equal ? validRate(q.servers[s]) : null })),
  }));
  const values = groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)).filter((v) => v > 0);
  const top = 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(10, ...values))));
  const bottom = 0.1;
  const bar = 22;
  const gap = 26;
  const left = 64;
  const chartTop = 56;
  const height = 300;
  const width = Math.max(640, left + groups.length * (3 * bar + gap) + 20);
  const y = (v: number): number => chartTop + height - (Math.log10(v / bottom) / Math.log10(top / bottom)) * height;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${chartTop + height + 50 + 15 * report.queries.length}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${escapeXml(
      `Requests per second, ${report.organizations.toLocaleString('en')} organizations (autocannon, ${report.settings.connections} connections, log scale)`,
    )}</text>`,
  );
  SERVERS.forEach((s, i) => {
    const x = left + i * 190;
    parts.push(
      `<rect x="${x}" y="30" width="12" height="12" fill="${COLORS[s]}"/>`,
      `<text x="${x + 16}" y="40">${escapeXml(LABELS[s])}</text>`,
    );
  });
  for (let v = bottom; v <= top; v *= 10) {
    const yy = y(v).toFixed(1);
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${yy}" y2="${yy}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${v >= 1 ? Math.round(v) : v}</text>`,
    );
  }
  parts.push(
    `<text x="14" y="${chartTop + height / 2}" transform="rotate(-90 14 ${chartTop + height / 2})" text-anchor="middle">req/s</text>`,
  );
  groups.forEach((g, gi) => {
    const x0 = left + gap / 2 + gi * (3 * bar + gap);
    g.bars.forEach((b, bi) => {
      const x = x0 + bi * bar;
      if (b.value === null) {
        parts.push(`<text x="${x + bar / 2}" y="${chartTop + height - 4}" text-anchor="middle" fill="#999">–</text>`);
        return;
      }
      const top = y(Math.max(b.value, bottom));
      parts.push(
        `<rect x="${x + 1}" y="${top.toFixed(1)}" width="${bar - 2}" height="${(chartTop + height - top).toFixed(1)}" fill="${COLORS[b.server]}"/>`,
        `<text x="${x + bar / 2}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="9">${b.value >= 100 ? Math.round(b.value) : b.value.toFixed(1)}</text>`,
      );
    });
    parts.push(
      `<text x="${x0 + 1.5 * bar}" y="${chartTop + height + 18}" text-anchor="middle" font-weight="bold">${escapeXml(g.id)}</text>`,
    );
  });
  report.queries.forEach((q, i) => {
    parts.push(`<text x="${left}" y="${chartTop + height + 44 + i * 15}" fill="#555">${escapeXml(`${q.id}: ${q.title}`)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
