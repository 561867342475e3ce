import { query } from '../api';
import { TREND_QUERY, memberMeasuresQuery } from '../queries';
import { citations, h, num, pct, qualified, s } from '../dom';
import { nameOf } from '../names';

interface Step {
  asOf: string;
  unitsReached: number | null;
  unitsReachedQualifier: string | null;
  event: { id: string; slug: string; name: string; nameEn: string | null; kind: string } | null;
  reports: {
    id: string;
    asOf: string | null;
    memberCount: number | null;
    memberQualifier: string;
    cityCount: number | null;
    sources: { quote: string | null; source: { id: string; url: string; title: string } }[];
  }[];
  decentralization: {
    basis: string;
    members: number | null;
    membersQualifier: string | null;
    shareOutsideCapital: number | null;
    herfindahlHirschman: number | null;
    entropy: number | null;
    coverage: { membersKnown: number; membersReported: number | null; ratio: number | null };
  };
}
interface MemberMeasures {
  unitsReached: number | null;
  members: number | null;
  shareOutsideCapital: number | null;
  herfindahlHirschman: number | null;
  entropy: number | null;
}

async function memberMeasures(dates: string[]): Promise<MemberMeasures[]> {
  const out: MemberMeasures[] = [];
  for (let i = 0; i < dates.length; i += 12) {
    const chunk = dates.slice(i, i + 12);
    const vars = Object.fromEntries(chunk.map((d, j) => [`d${j}`, d]));
    const data = await query<Record<string, MemberMeasures>>(memberMeasuresQuery(chunk.length), vars);
    chunk.forEach((_, j) => out.push(data[`m${j}`]));
  }
  return out;
}

const W = 760;
const H = 190;
const M = { top: 16, right: 20, bottom: 26, left: 48 };

function chart(
  title: string,
  steps: Step[],
  values: (number | null)[],
  format: (v: number) => string,
  testId: string,
  hollow: boolean[],
): HTMLElement {
  const t0 = Date.parse(steps[0].asOf);
  const t1 = Date.parse(steps[steps.length - 1].asOf);
  const x = (iso: string) => M.left + ((Date.parse(iso) - t0) / Math.max(1, t1 - t0)) * (W - M.left - M.right);
  const known = values.filter((v): v is number => v !== null);
  const max = known.length ? Math.max(...known) : 1;
  const min = Math.min(0, ...known);
  const y = (v: number) => H - M.bottom - ((v - min) / Math.max(1e-9, max - min)) * (H - M.top - M.bottom);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group', 'aria-label': title, 'data-testid': testId });
  const axis = s('g', { class: 'axis' });
  axis.append(s('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom }));
  axis.append(s('line', { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom }));
  for (const v of [min, (min + max) / 2, max]) axis.append(s('text', { x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, format(v)));
  const years = new Set(steps.map((st) => st.asOf.slice(0, 4)));
  for (const year of years) {
    const px = x(`${year}-01-01`) < M.left ? M.left : x(`${year}-01-01`);
    axis.append(s('text', { x: px, y: H - 8, 'text-anchor': 'middle' }, year));
  }
  svg.append(axis);
  let d = '';
  steps.forEach((st, i) => {
    const v = values[i];
    if (v === null) return;
    d += `${d === '' || values[i - 1] === null ? 'M' : 'L'}${x(st.asOf).toFixed(1)},${y(v).toFixed(1)}`;
  });
  svg.append(s('path', { class: 'series', d }));
  steps.forEach((st, i) => {
    const v = values[i];
    const label = `${st.asOf}${st.event ? `, ${nameOf(st.event)}` : ', membership report'}: ${title} ${v === null ? 'not known' : format(v)}`;
    const href = st.event ? `#/event/${st.event.slug}` : `#/trend?step=${st.asOf}`;
    const cy = v === null ? H - M.bottom : y(v);
    svg.append(
      s(
        'a',
        { href, 'aria-label': label, class: 'trend-link' },
        s('circle', {
          class: `trend-point${v === null ? ' unknown' : hollow[i] ? ' report-only' : ''}`,
          'data-as-of': st.asOf,
          cx: x(st.asOf),
          cy,
          r: v === null ? 3 : 5,
        }),
        s('title', {}, label),
      ),
    );
  });
  return h('figure', {}, h('figcaption', {}, title), svg);
}

export async function renderTrend(root: HTMLElement): Promise<void> {
  const data = await query<{ decentralizationTrend: Step[] }>(TREND_QUERY, {});
  const steps = data.decentralizationTrend;
  if (steps.length === 0) {
    root.replaceChildren(h('h1', { tabindex: -1 }, 'Decentralization trend'), h('p', {}, 'No assembly or report to show.'));
    return;
  }
  const members = await memberMeasures(steps.map((st) => st.asOf));
  const fromReport = steps.map((st) => st.decentralization.basis === 'REPORT');
  const table = h(
    'table',
    { 'data-testid': 'trend-table', 'aria-label': 'Steps of the trend' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Date'),
        h('th', {}, 'Assembly'),
        h('th', {}, 'Units reached'),
        h('th', {}, 'Members (basis)'),
        h('th', {}, 'Known / reported'),
        h('th', {}, 'Reports and sources'),
      ),
    ),
    h(
      'tbody',
      {},
      ...steps.map((st, i) =>
        h(
          'tr',
          { 'data-as-of': st.asOf, id: `step-${st.asOf}` },
          h('td', {}, st.asOf),
          h('td', {}, st.event ? h('a', { href: `#/event/${st.event.slug}` }, nameOf(st.event)) : '—'),
          h('td', { class: 'num' }, qualified(st.unitsReached, st.unitsReachedQualifier)),
          h(
            'td',
            { class: 'num' },
            `${qualified(st.decentralization.members, st.decentralization.membersQualifier)} (${st.decentralization.basis})`,
          ),
          h(
            'td',
            { class: 'num' },
            `${st.decentralization.coverage.membersKnown} / ${st.decentralization.coverage.membersReported ?? '—'}`,
          ),
          h(
            'td',
            {},
            ...st.reports.map((r) =>
              h('div', {}, `${qualified(r.memberCount, r.memberQualifier)} members, ${r.cityCount ?? '—'} places`, citations(r.sources)),
            ),
            members[i].unitsReached !== null
              ? h('div', { class: 'note' }, `member-level: ${members[i].members ?? 0} members in ${members[i].unitsReached} places`)
              : null,
          ),
        ),
      ),
    ),
  );
  root.replaceChildren(
    h('h1', { tabindex: -1 }, 'Decentralization trend'),
    h(
      'p',
      { class: 'note' },
      `${steps.length} steps: the association's assemblies and its dated membership reports. Units reached is the answer of decentralization on each date (from the report that counts when member-level data covers too little: hollow points); share outside Belgrade, HHI and entropy come from member-level data (certain members), which the reports cannot give. Grey points on the axis: not known on that date (a report without a place count). Each point links to its assembly.`,
    ),
    chart(
      'Units reached',
      steps,
      steps.map((st) => st.unitsReached),
      (v) => String(Math.round(v)),
      'trend-units',
      fromReport,
    ),
    chart(
      'Share outside Belgrade (member-level)',
      steps,
      members.map((m) => m.shareOutsideCapital),
      (v) => pct(v),
      'trend-outside',
      steps.map(() => false),
    ),
    chart(
      'Herfindahl–Hirschman index (member-level)',
      steps,
      members.map((m) => m.herfindahlHirschman),
      (v) => num(v, 2),
      'trend-hhi',
      steps.map(() => false),
    ),
    chart(
      'Normalized entropy (member-level)',
      steps,
      members.map((m) => m.entropy),
      (v) => num(v, 2),
      'trend-entropy',
      steps.map(() => false),
    ),
    h('h2', {}, 'Steps, events and sources'),
    table,
  );
}
