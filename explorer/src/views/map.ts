import { Delaunay } from 'd3-delaunay';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import outline from 'virtual:outline';
import { query } from '../api';
import { DISTRICTS_QUERY, MAP_QUERY, STEPS_QUERY } from '../queries';
import { citations, h, navigate, num, pct, qualified, s } from '../dom';
import { nameOf, type Named } from '../names';

type Level = 'CITY' | 'DISTRICT' | 'REGION';

interface Place extends Named {
  id: string;
  slug: string;
  location?: { latitude: number; longitude: number } | null;
}
interface Unit {
  kind: Level;
  slug: string;
  name: string;
  members: number | null;
  share: number | null;
  city: Place | null;
  district: Place | null;
  region: Place | null;
}
interface Citation {
  quote: string | null;
  source: { id: string; url: string; title: string };
}
interface Report {
  id: string;
  asOf: string | null;
  memberCount: number | null;
  memberQualifier: string;
  cityCount: number | null;
  cityQualifier: string | null;
  primary: boolean;
  event: { id: string; slug: string; name: string; nameEn: string | null } | null;
  sources: Citation[];
}
interface Answer {
  asOf: string;
  level: Level;
  basis: 'MEMBERS' | 'REPORT';
  requestedBasis: string;
  members: number | null;
  membersQualifier: string | null;
  membersInUnits: number | null;
  unitsReached: number | null;
  unitsReachedQualifier: string | null;
  shareOutsideCapital: number | null;
  herfindahlHirschman: number | null;
  entropy: number | null;
  notes: string[];
  units: Unit[] | null;
  report: Report | null;
  disagreeingReports: Report[];
  coverage: {
    membersKnown: number;
    membersPossible: number;
    membersReported: number | null;
    membersReportedQualifier: string | null;
    ratio: number | null;
  };
}
interface MapData {
  answer: Answer;
  memberLevel: Answer;
}
interface District extends Place {
  region: { id: string; slug: string } | null;
  seat: Place | null;
  cities: { id: string; location: { latitude: number; longitude: number } | null }[];
}

const WIDTH = 560;
const HEIGHT = 640;
const serbia = outline.features.find((f) => f.properties.name === 'Serbia')!;
const projection = geoMercator().fitExtent(
  [
    [20, 20],
    [WIDTH - 20, HEIGHT - 20],
  ],
  serbia,
);
const path = geoPath(projection);

const FIRST = '2011-01-01';
const dayMs = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

function baseMap(): SVGSVGElement {
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', class: 'map' });
  const defs = s('defs', {}, s('clipPath', { id: 'serbia-clip' }, s('path', { d: path(serbia) ?? '' })));
  svg.append(defs);
  for (const f of outline.features as Feature<Geometry, { name: string }>[]) {
    if (f === serbia) continue;
    svg.append(s('path', { class: 'neighbour', d: path(f) ?? '' }));
  }
  svg.append(s('path', { class: 'land', d: path(serbia) ?? '' }, s('title', {}, 'Serbia')));
  return svg;
}

function colour(t: number): string {
  // light sand to deep blue
  const a = [238, 232, 213];
  const b = [11, 83, 148];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * Math.max(0, Math.min(1, t))));
  return `rgb(${c.join(',')})`;
}

interface Cell {
  id: string;
  unitSlug: string;
  point: [number, number];
  name: string;
}

/** District cells: Voronoi areas around each district's seat (else its places' centre), Belgrade as its own. */
function districtCells(districts: District[], capital: Place & { region: { slug: string } | null }): Cell[] {
  const cells: Cell[] = [];
  for (const d of districts) {
    let loc = d.seat?.location ?? null;
    if (!loc) {
      const known = d.cities.map((c) => c.location).filter((l): l is { latitude: number; longitude: number } => l !== null);
      if (known.length > 0)
        loc = {
          latitude: known.reduce((x, l) => x + l.latitude, 0) / known.length,
          longitude: known.reduce((x, l) => x + l.longitude, 0) / known.length,
        };
    }
    if (!loc) continue;
    const p = projection([loc.longitude, loc.latitude]);
    if (p) cells.push({ id: d.id, unitSlug: d.slug, point: [p[0], p[1]], name: nameOf(d) });
  }
  if (capital.location) {
    const p = projection([capital.location.longitude, capital.location.latitude]);
    if (p) cells.push({ id: capital.id, unitSlug: capital.slug, point: [p[0], p[1]], name: nameOf(capital) });
  }
  return cells;
}

function unitName(u: Unit): string {
  const place = u.city ?? u.district ?? u.region;
  return place ? nameOf(place) : u.name;
}

function drawCities(svg: SVGSVGElement, data: MapData): void {
  const answer = data.answer;
  const memberUnits = new Map((data.memberLevel.units ?? []).map((u) => [u.slug, u]));
  const max = Math.max(1, ...[...memberUnits.values()].map((u) => u.members ?? 0), ...(answer.units ?? []).map((u) => u.members ?? 0));
  const r = (n: number) => 4 + 16 * Math.sqrt(n / max);
  const layer = s('g', { class: 'units', 'aria-label': 'Cities reached' });
  for (const u of answer.units ?? []) {
    const loc = u.city?.location;
    if (!loc) continue;
    const p = projection([loc.longitude, loc.latitude]);
    if (!p) continue;
    const counted = answer.basis === 'MEMBERS' ? u.members : (memberUnits.get(u.slug)?.members ?? null);
    const label =
      answer.basis === 'MEMBERS'
        ? `${unitName(u)}: ${u.members ?? 0} members (${pct(u.share)})`
        : `${unitName(u)}: listed in the report${counted ? `; ${counted} known member${counted === 1 ? '' : 's'}` : ''}`;
    const g = s('g', { class: 'unit', 'data-slug': u.slug, 'data-basis': answer.basis, tabindex: 0, role: 'img', 'aria-label': label });
    if (answer.basis === 'REPORT') g.append(s('circle', { class: 'unit-report', cx: p[0], cy: p[1], r: 6 }));
    if (counted) g.append(s('circle', { class: 'unit-member', cx: p[0], cy: p[1], r: r(counted) }));
    g.append(s('title', {}, label));
    layer.append(g);
  }
  // Member-level places the answer (a report's list) does not name.
  if (answer.basis === 'REPORT') {
    for (const u of memberUnits.values()) {
      if ((answer.units ?? []).some((a) => a.slug === u.slug) || !u.city?.location || !u.members) continue;
      const p = projection([u.city.location.longitude, u.city.location.latitude]);
      if (!p) continue;
      const label = `${unitName(u)}: ${u.members} known member${u.members === 1 ? '' : 's'}, not in the report's list`;
      layer.append(
        s(
          'g',
          { class: 'member-only', 'data-slug': u.slug, tabindex: 0, role: 'img', 'aria-label': label },
          s('circle', { class: 'unit-member', cx: p[0], cy: p[1], r: r(u.members) }),
          s('title', {}, label),
        ),
      );
    }
  }
  svg.append(layer);
}

function drawAreas(svg: SVGSVGElement, data: MapData, cells: Cell[], districts: District[], capitalRegion: string | null): void {
  const answer = data.answer;
  const level = answer.level;
  // Colour by counts: the answer's when it has them, else the member-level ones; the report's listed units are outlined.
  const counted = answer.basis === 'MEMBERS' ? answer : data.memberLevel;
  const units = new Map((counted.units ?? []).map((u) => [u.slug, u]));
  const listed = new Set(answer.basis === 'REPORT' ? (answer.units ?? []).map((u) => u.slug) : []);
  const regionOf = new Map<string, string | null>(districts.map((d) => [d.slug, d.region?.slug ?? null]));
  regionOf.set('beograd', capitalRegion);
  const max = Math.max(1, ...(counted.units ?? []).map((u) => u.members ?? 0));
  const voronoi = Delaunay.from(cells.map((c) => c.point)).voronoi([0, 0, WIDTH, HEIGHT]);
  const layer = s('g', { class: 'areas', 'clip-path': 'url(#serbia-clip)' });
  const outlines = s('g', { class: 'listed', 'clip-path': 'url(#serbia-clip)' });
  cells.forEach((c, i) => {
    const slug = level === 'DISTRICT' ? c.unitSlug : (regionOf.get(c.unitSlug) ?? '');
    const u = units.get(slug);
    const fill = u?.members ? colour(0.15 + (0.85 * u.members) / max) : '#f4f1ea';
    const name = u ? unitName(u) : c.name;
    const label = `${name}: ${u?.members ? `${u.members} certain member${u.members === 1 ? '' : 's'} (${pct(u.share)})` : 'no certain member'}${listed.has(slug) ? '; named in the report' : ''}`;
    const cls = u?.members ? 'cell unit' : 'cell';
    layer.append(s('path', { class: cls, 'data-slug': slug, d: voronoi.renderCell(i), fill }, s('title', {}, label)));
    if (listed.has(slug)) outlines.append(s('path', { class: 'unit-report', d: voronoi.renderCell(i) }));
  });
  svg.append(layer, outlines);
  svg.append(s('path', { class: 'outline', d: path(serbia) ?? '' }));
}

function legend(answer: Answer): HTMLElement {
  return h(
    'p',
    { class: 'note' },
    answer.level === 'CITY'
      ? 'Filled circles: members known for certain from member-level data, area by count. Red rings: places named in the membership report that counts (no counts per place).'
      : 'Areas are approximate: Voronoi cells around each district seat, clipped to the national outline (no district boundaries ship with the map). Colour: certain members per unit (member-level data); red outline: named by the report that counts.',
  );
}

function summary(data: MapData): HTMLElement {
  const a = data.answer;
  const m = data.memberLevel;
  const c = a.coverage;
  const dl = h(
    'dl',
    { class: 'summary', 'data-testid': 'summary' },
    h('dt', {}, 'Units reached'),
    h(
      'dd',
      { 'data-testid': 'units-reached' },
      `${qualified(a.unitsReached, a.unitsReachedQualifier)} (basis ${a.basis}${a.requestedBasis === 'AUTO' ? ', chosen by AUTO' : ''})`,
    ),
    h('dt', {}, 'Reported by the association'),
    h(
      'dd',
      { 'data-testid': 'reported' },
      a.report
        ? `${qualified(a.report.memberCount, a.report.memberQualifier)} members in ${qualified(a.report.cityCount, a.report.cityQualifier)} places (report of ${a.report.asOf ?? 'undated'})`
        : 'No report counts on this date.',
    ),
    h('dt', {}, 'Member-level data'),
    h(
      'dd',
      { 'data-testid': 'member-level' },
      `${c.membersKnown} certain, ${c.membersPossible} possible (their start may fall before this date); certain members in ${m.unitsReached ?? 0} ${a.level === 'CITY' ? 'places' : 'units'}`,
    ),
    h('dt', {}, 'Coverage'),
    h(
      'dd',
      { 'data-testid': 'coverage' },
      c.membersReported === null
        ? 'No reported count to compare with.'
        : `${c.membersKnown} of ${qualified(c.membersReported, c.membersReportedQualifier)} reported members known (${pct(c.ratio)})`,
    ),
    h('dt', {}, 'Outside Belgrade · HHI · entropy'),
    h(
      'dd',
      {},
      `${pct(a.shareOutsideCapital ?? m.shareOutsideCapital)} · ${num(a.herfindahlHirschman ?? m.herfindahlHirschman)} · ${num(a.entropy ?? m.entropy)}${a.basis === 'REPORT' ? ' (member-level)' : ''}`,
    ),
  );
  const parts: (HTMLElement | null)[] = [dl];
  if (a.report) {
    parts.push(
      h('h2', {}, 'The report that counts'),
      a.report.event ? h('p', {}, 'Presented at ', h('a', { href: `#/event/${a.report.event.slug}` }, nameOf(a.report.event))) : null,
      citations(a.report.sources),
    );
  }
  for (const r of a.disagreeingReports) {
    parts.push(
      h(
        'h2',
        {},
        `A disagreeing report: ${qualified(r.memberCount, r.memberQualifier)} members, ${qualified(r.cityCount, r.cityQualifier)} places`,
      ),
      citations(r.sources),
    );
  }
  if (a.notes.length > 0) parts.push(h('h2', {}, 'Notes'), h('ul', { class: 'note' }, ...a.notes.map((n) => h('li', {}, n))));
  return h('section', { 'aria-label': 'Counts and sources' }, ...parts);
}

function unitTable(data: MapData): HTMLElement {
  const memberUnits = new Map((data.memberLevel.units ?? []).map((u) => [u.slug, u]));
  const answerUnits = data.answer.units ?? [];
  const all = [...answerUnits, ...[...memberUnits.values()].filter((u) => !answerUnits.some((a) => a.slug === u.slug))];
  const rows = all.map((u) =>
    h(
      'tr',
      { 'data-slug': u.slug },
      h('td', {}, unitName(u)),
      h('td', {}, answerUnits.some((a) => a.slug === u.slug) ? 'yes' : 'no'),
      h('td', { class: 'num' }, data.answer.basis === 'MEMBERS' ? (u.members ?? '—') : '—'),
      h('td', { class: 'num' }, memberUnits.get(u.slug)?.members ?? 0),
      h('td', { class: 'num' }, pct(memberUnits.get(u.slug)?.share)),
    ),
  );
  return h(
    'table',
    { 'aria-label': 'Units', 'data-testid': 'unit-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Unit'),
        h('th', {}, 'In the answer'),
        h('th', {}, 'Members (answer)'),
        h('th', {}, 'Certain members (member-level)'),
        h('th', {}, 'Share (member-level)'),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export async function renderMap(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf')! : '2011-07-03';
  const level = (['CITY', 'DISTRICT', 'REGION'].includes(params.get('level') ?? '') ? params.get('level') : 'CITY') as Level;
  const go = (next: { asOf?: string; level?: Level }) => {
    const p = new URLSearchParams({ asOf: next.asOf ?? asOf, level: next.level ?? level });
    navigate(`#/map?${p.toString()}`);
  };
  // The list of steps is not needed to draw the map: it fills the step list when it comes.
  const steps = query<{ decentralizationTrend: { asOf: string; event: { slug: string; name: string; nameEn: string | null } | null }[] }>(
    STEPS_QUERY,
    {},
  );
  const [data, districts] = await Promise.all([
    query<MapData>(MAP_QUERY, { asOf, level }),
    level === 'CITY'
      ? null
      : query<{ districts: District[]; capital: (Place & { region: { slug: string } | null }) | null }>(DISTRICTS_QUERY, {}),
  ]);

  const slider = h('input', {
    type: 'range',
    id: 'as-of-slider',
    min: dayOf(FIRST),
    max: dayOf(today),
    step: 1,
    value: dayOf(asOf),
    list: 'steps',
    'aria-label': 'Date',
    'aria-valuetext': asOf,
  });
  const dateInput = h('input', { type: 'date', id: 'as-of', value: asOf, min: FIRST, max: today, 'aria-label': 'Date (YYYY-MM-DD)' });
  slider.addEventListener('input', () => {
    dateInput.value = isoOf(Number(slider.value));
    slider.setAttribute('aria-valuetext', dateInput.value);
  });
  slider.addEventListener('change', () => go({ asOf: isoOf(Number(slider.value)) }));
  dateInput.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) go({ asOf: dateInput.value });
  });
  const levelSelect = h(
    'select',
    { id: 'level', 'aria-label': 'Level' },
    ...(['CITY', 'DISTRICT', 'REGION'] as Level[]).map((l) =>
      h('option', { value: l, selected: l === level }, l === 'CITY' ? 'Cities' : l === 'DISTRICT' ? 'Districts' : 'Regions'),
    ),
  );
  levelSelect.addEventListener('change', () => go({ level: levelSelect.value as Level }));
  const stepSelect = h(
    'select',
    { id: 'step', 'aria-label': 'Assembly or report' },
    h('option', { value: '' }, 'Jump to an assembly or report…'),
  );
  stepSelect.addEventListener('change', () => {
    if (stepSelect.value) go({ asOf: stepSelect.value });
  });
  const datalist = h('datalist', { id: 'steps' });
  void steps.then(
    (answer) => {
      for (const st of answer.decentralizationTrend) {
        const label = `${st.asOf}${st.event ? ` · ${nameOf(st.event)}` : ' · report'}`;
        stepSelect.append(h('option', { value: st.asOf, selected: st.asOf === asOf }, label));
        datalist.append(h('option', { value: dayOf(st.asOf) }));
      }
    },
    () => stepSelect.append(h('option', { value: '', disabled: true }, 'The steps could not be loaded.')),
  );

  const svg = baseMap();
  svg.setAttribute('aria-label', `Map of Serbia: ${data.answer.unitsReached ?? 'unknown'} ${level.toLowerCase()} units reached on ${asOf}`);
  svg.setAttribute('data-as-of', asOf);
  svg.setAttribute('data-units-reached', String(data.answer.unitsReached ?? ''));
  if (level === 'CITY') drawCities(svg, data);
  else if (districts?.capital)
    drawAreas(
      svg,
      data,
      districtCells(districts.districts, districts.capital),
      districts.districts,
      districts.capital.region?.slug ?? null,
    );

  root.replaceChildren(
    h('h1', { tabindex: -1 }, `Where the association reached on ${asOf}`),
    h('div', { class: 'controls' }, h('label', {}, 'Date ', slider), dateInput, datalist, levelSelect, stepSelect),
    h('div', { class: 'columns' }, h('div', {}, svg, legend(data.answer), unitTable(data)), summary(data)),
  );
}
