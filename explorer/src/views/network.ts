import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { query } from '../api';
import { TIES_QUERY } from '../queries';
import { h, navigate, s } from '../dom';
import { nameOf } from '../names';

interface Org {
  id: string;
  name: string;
  aliases: string[];
  sector: string | null;
  isAssociation: boolean;
  city: { id: string; name: string; region: { id: string; slug: string; name: string; nameEn: string | null } | null } | null;
  country: { id: string; code: string; name: string; nameSr: string } | null;
}
interface Tie {
  id: string;
  origin: string;
  since: string | null;
  until: string | null;
  a: Org | null;
  b: Org | null;
}
interface Page {
  partnerships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Tie[] };
}

const ORIGINS = ['CO_FOUNDING', 'NETWORK_MEMBERSHIP', 'AGREEMENT', 'COOPERATION', 'JOINT_PROGRAMME'];
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

async function allTies(): Promise<{ ties: Tie[]; association: { id: string } | null }> {
  const ties: Tie[] = [];
  let after: string | null = null;
  let association: { id: string } | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page & { association: { id: string } | null } = await query(TIES_QUERY, { after });
    association = page.association;
    ties.push(...page.partnerships.nodes);
    if (!page.partnerships.pageInfo.hasNextPage) break;
    after = page.partnerships.pageInfo.endCursor;
  }
  return { ties, association };
}

interface N extends SimulationNodeDatum {
  org: Org;
  degree: number;
}
type L = SimulationLinkDatum<N> & { tie: Tie };

const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);

export async function renderNetwork(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const { ties, association } = await allTies();
  const scope = params.get('scope') === 'all' ? 'all' : 'association';
  const colourBy = params.get('colour') === 'region' ? 'region' : 'sector';
  const origins = new Set((params.get('origins') ?? ORIGINS.join(',')).split(',').filter((o) => ORIGINS.includes(o)));
  const years = ties.map((t) => year(t.since)).filter((y): y is number => y !== null);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years, new Date().getFullYear());
  const until = Number(params.get('until') ?? maxYear);
  const go = (next: Record<string, string>) => {
    const p = new URLSearchParams({ scope, colour: colourBy, origins: [...origins].join(','), until: String(until), ...next });
    navigate(`#/network?${p.toString()}`);
  };

  const shown = ties.filter((t) => {
    if (!t.a || !t.b || !origins.has(t.origin)) return false;
    const from = year(t.since);
    if (from !== null && from > until) return false;
    if (scope === 'association' && association && t.a.id !== association.id && t.b.id !== association.id) return false;
    return true;
  });
  const nodes = new Map<string, N>();
  for (const t of shown) {
    for (const o of [t.a!, t.b!]) {
      const n = nodes.get(o.id) ?? { org: o, degree: 0 };
      nodes.set(o.id, n);
    }
  }
  const pairs = new Set<string>();
  for (const t of shown) {
    const key = [t.a!.id, t.b!.id].sort().join('|');
    if (pairs.has(key)) continue;
    pairs.add(key);
    nodes.get(t.a!.id)!.degree++;
    nodes.get(t.b!.id)!.degree++;
  }
  const links: L[] = shown.map((t) => ({ source: t.a!.id, target: t.b!.id, tie: t }));

  const W = 760;
  const H = 560;
  const list = [...nodes.values()];
  forceSimulation<N>(list)
    .force(
      'link',
      forceLink<N, L>(links)
        .id((n) => n.org.id)
        .distance(45),
    )
    .force('charge', forceManyBody<N>().strength(-60))
    .force('center', forceCenter(W / 2, H / 2))
    .force(
      'collide',
      forceCollide<N>((n) => 4 + Math.sqrt(n.degree) * 2),
    )
    .stop()
    .tick(300);
  // Fit the laid-out graph into the view.
  const xs = list.map((n) => n.x ?? 0);
  const ys = list.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((W - 40) / Math.max(1, x1 - x0), (H - 40) / Math.max(1, y1 - y0), 6);
  const px = (x = 0) => 20 + (x - x0) * k + (W - 40 - (x1 - x0) * k) / 2;
  const py = (y = 0) => 20 + (y - y0) * k + (H - 40 - (y1 - y0) * k) / 2;

  const groupOf = (o: Org): string =>
    colourBy === 'sector'
      ? (o.sector ?? 'not given')
      : o.city?.region
        ? nameOf(o.city.region)
        : o.country && o.country.code !== 'RS'
          ? 'abroad'
          : 'not given';
  const groups = [...new Set(list.map((n) => groupOf(n.org)))].sort();
  const colour = (g: string) => (g === 'not given' ? '#bbbbbb' : PALETTE[groups.indexOf(g) % PALETTE.length]);

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'group',
    'aria-label': `Ties network: ${list.length} organizations, ${pairs.size} tied pairs`,
    'data-testid': 'network',
    'data-nodes': list.length,
    'data-ties': shown.length,
  });
  const edges = s('g', { class: 'edges', 'aria-hidden': 'true' });
  for (const l of links) {
    const a = l.source as N;
    const b = l.target as N;
    edges.append(s('line', { class: 'edge', 'data-origin': l.tie.origin, x1: px(a.x), y1: py(a.y), x2: px(b.x), y2: py(b.y) }));
  }
  svg.append(edges);
  const nodeLayer = s('g', { class: 'nodes' });
  for (const n of list.sort((p, q) => p.degree - q.degree)) {
    const isAssociation = n.org.id === association?.id;
    const label = `${nameOf(n.org)}: ${n.degree} tied organization${n.degree === 1 ? '' : 's'}; ${groupOf(n.org)}`;
    nodeLayer.append(
      s(
        'a',
        {
          href: `#/organization/${encodeURIComponent(n.org.id)}`,
          class: `node${isAssociation ? ' association' : ''}`,
          'data-id': n.org.id,
          'aria-label': label,
        },
        s('circle', { cx: px(n.x), cy: py(n.y), r: 3 + Math.sqrt(n.degree) * 2, fill: colour(groupOf(n.org)) }),
        s('title', {}, label),
      ),
    );
  }
  svg.append(nodeLayer);

  const originBoxes = ORIGINS.map((o) => {
    const box = h('input', { type: 'checkbox', value: o, checked: origins.has(o) });
    box.addEventListener('change', () => {
      if (box.checked) origins.add(o);
      else origins.delete(o);
      go({ origins: [...origins].join(',') });
    });
    return h('label', {}, box, ` ${o.toLowerCase().replace(/_/g, ' ')}`);
  });
  const scopeSelect = h(
    'select',
    { 'aria-label': 'Which ties', id: 'scope' },
    h('option', { value: 'association', selected: scope === 'association' }, "The association's ties"),
    h('option', { value: 'all', selected: scope === 'all' }, 'All ties'),
  );
  scopeSelect.addEventListener('change', () => go({ scope: scopeSelect.value }));
  const colourSelect = h(
    'select',
    { 'aria-label': 'Colour by', id: 'colour' },
    h('option', { value: 'sector', selected: colourBy === 'sector' }, 'Colour by sector'),
    h('option', { value: 'region', selected: colourBy === 'region' }, 'Colour by region'),
  );
  colourSelect.addEventListener('change', () => go({ colour: colourSelect.value }));
  const untilInput = h('input', {
    type: 'range',
    id: 'until',
    min: minYear,
    max: maxYear,
    step: 1,
    value: until,
    'aria-label': 'Ties begun by year',
    'aria-valuetext': String(until),
  });
  const untilText = h('output', { for: 'until' }, String(until));
  untilInput.addEventListener('input', () => (untilText.textContent = untilInput.value));
  untilInput.addEventListener('change', () => go({ until: untilInput.value }));

  const legend = h(
    'ul',
    { class: 'legend-list', 'aria-label': 'Colours' },
    ...groups.map((g) => h('li', {}, h('span', { class: 'swatch', style: `background:${colour(g)}` }), g)),
  );
  const top = [...list].sort((p, q) => q.degree - p.degree).slice(0, 15);
  root.replaceChildren(
    h('h1', { tabindex: -1 }, 'Ties between organizations'),
    h(
      'div',
      { class: 'controls' },
      scopeSelect,
      colourSelect,
      h('fieldset', {}, h('legend', {}, 'Origins'), ...originBoxes),
      h('label', {}, 'Begun by ', untilInput, ' ', untilText),
    ),
    h(
      'p',
      { class: 'note', 'data-testid': 'network-summary' },
      `${list.length} organizations, ${shown.length} ties (${pairs.size} tied pairs) of ${ties.length}. Size: degree (tied organizations); undated ties are always shown. Select an organization to open it.`,
    ),
    h(
      'div',
      { class: 'columns' },
      svg,
      h(
        'div',
        {},
        h('h2', {}, 'Colours'),
        legend,
        h('h2', {}, 'Most tied'),
        h(
          'ol',
          {},
          ...top.map((n) =>
            h('li', {}, h('a', { href: `#/organization/${encodeURIComponent(n.org.id)}` }, nameOf(n.org)), ` (${n.degree})`),
          ),
        ),
      ),
    ),
  );
}
