import { query } from '../api';
import { ORGANIZATION_QUERY } from '../queries';
import { citations, fill, h } from '../dom';
import { nameOf } from '../names';

type Cit = { quote: string | null; source: { id: string; url: string; title: string } };
interface Org {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  kind: string | null;
  sector: string | null;
  founded: string | null;
  website: string | null;
  disciplines: string[];
  city: { id: string; slug: string; name: string; nameCyr: string | null; nameEn: string | null } | null;
  country: { id: string; code: string; name: string; nameSr: string } | null;
  sources: Cit[];
  memberships: {
    founding: boolean;
    since: string | null;
    until: string | null;
    association: { id: string; name: string } | null;
    admittedAt: { id: string; slug: string; name: string; nameEn: string | null } | null;
    sources: Cit[];
  }[];
  partners: {
    totalCount: number;
    nodes: {
      id: string;
      origin: string;
      since: string | null;
      until: string | null;
      role: string | null;
      via: { name: string; kind: string } | null;
      partner: { id: string; name: string; aliases: string[] };
      sources: Cit[];
    }[];
  };
  events: { relation: string; event: { id: string; slug: string; name: string; nameEn: string | null; startDate: string | null } | null }[];
  programmes: { role: string | null; programme: { id: string; slug: string; name: string } | null; sources: Cit[] }[];
  roles: { title: string; since: string | null; until: string | null; person: { id: string; name: string } | null; sources: Cit[] }[];
}

const span = (from: string | null, to: string | null) => (from || to ? ` (${from ?? '?'}–${to ?? ''})` : '');

function fact(label: string, value: string | Node | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

export async function renderOrganization(root: HTMLElement, id: string): Promise<void> {
  const data = await query<{ organization: Org | null; asAssociation: { id: string; nameEn?: string | null } | null }>(ORGANIZATION_QUERY, {
    id,
    nodeId: id,
  });
  // An association's English name is on the Association type (node(id:) gives it); an organization has none.
  const o = data.organization ? { ...data.organization, nameEn: data.asAssociation?.nameEn ?? null } : null;
  if (!o) {
    root.replaceChildren(h('h1', { tabindex: -1 }, 'Not found'), h('p', {}, `No organization has the id ${id}.`));
    return;
  }
  const cyr = o.aliases.find((a) => /[\u0400-\u04FF]/.test(a));
  fill(
    root,
    h('h1', { tabindex: -1 }, nameOf(o)),
    h(
      'dl',
      { class: 'summary', 'data-testid': 'facts' },
      ...fact('Name', o.name),
      ...fact('In Cyrillic', cyr ?? null),
      ...fact('In English', o.nameEn ?? null),
      ...fact('Also known as', o.aliases.filter((a) => a !== cyr).join(', ')),
      ...fact('Kind', o.kind?.toLowerCase().replace(/_/g, ' ')),
      ...fact('Sector', o.sector?.toLowerCase()),
      ...fact('Founded', o.founded),
      ...fact('Place', o.city ? nameOf(o.city) : null),
      ...fact('Country', o.country ? nameOf(o.country) : null),
      ...fact('Disciplines', o.disciplines.join(', ')),
      ...fact('Website', o.website ? h('a', { href: o.website, rel: 'noopener', target: '_blank' }, o.website) : null),
    ),
    h('h2', {}, 'Sources'),
    h('div', { 'data-testid': 'sources' }, citations(o.sources)),
    o.memberships.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Memberships'),
          h(
            'ul',
            {},
            ...o.memberships.map((m) =>
              h(
                'li',
                {},
                `${m.association?.name ?? 'an association'}${span(m.since, m.until)}${m.founding ? ', founding member' : ''}`,
                m.admittedAt
                  ? h('span', {}, ', admitted at ', h('a', { href: `#/event/${m.admittedAt.slug}` }, nameOf(m.admittedAt)))
                  : null,
                citations(m.sources),
              ),
            ),
          ),
        )
      : null,
    o.roles.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Board roles'),
          h(
            'ul',
            {},
            ...o.roles.map((r) => h('li', {}, `${r.person?.name ?? 'someone'}: ${r.title}${span(r.since, r.until)}`, citations(r.sources))),
          ),
        )
      : null,
    o.partners.totalCount
      ? h(
          'section',
          {},
          h('h2', {}, `Ties (${o.partners.totalCount})`),
          h(
            'ul',
            { 'data-testid': 'ties' },
            ...o.partners.nodes.map((t) =>
              h(
                'li',
                {},
                h('a', { href: `#/organization/${encodeURIComponent(t.partner.id)}` }, nameOf(t.partner)),
                ` — ${t.origin.toLowerCase().replace(/_/g, ' ')}${t.via ? ` via ${t.via.name}` : ''}${span(t.since, t.until)}`,
                citations(t.sources),
              ),
            ),
          ),
        )
      : null,
    o.programmes.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Programmes'),
          h(
            'ul',
            {},
            ...o.programmes.map((p) => h('li', {}, `${p.programme?.name ?? '?'}${p.role ? ` (${p.role})` : ''}`, citations(p.sources))),
          ),
        )
      : null,
    o.events.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Events'),
          h(
            'ul',
            {},
            ...o.events
              .filter((e) => e.event)
              .map((e) =>
                h(
                  'li',
                  {},
                  h('a', { href: `#/event/${e.event!.slug}` }, nameOf(e.event!)),
                  ` (${e.relation.toLowerCase().replace(/_/g, ' ')}, ${e.event!.startDate ?? 'undated'})`,
                ),
              ),
          ),
        )
      : null,
  );
}
