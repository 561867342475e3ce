import { query } from '../api';
import { EVENT_QUERY } from '../queries';
import { citations, fill, h, qualified } from '../dom';
import { nameOf } from '../names';

type Cit = { quote: string | null; source: { id: string; url: string; title: string } };
interface Named {
  id: string;
  name: string;
}
interface Event {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  online: boolean | null;
  facts: string[];
  city: { id: string; name: string; nameCyr: string | null; nameEn: string | null } | null;
  sources: Cit[];
  organizers: Named[];
  programme: { id: string; name: string } | null;
  admittedMemberCount: number;
  admittedMembers: { member: Named | null; sources: Cit[] }[];
  membershipReports: {
    id: string;
    asOf: string | null;
    memberCount: number | null;
    memberQualifier: string;
    cityCount: number | null;
    cityQualifier: string | null;
    sources: Cit[];
  }[];
  agreements: { id: string; name: string; signed: string | null; parties: Named[]; sources: Cit[] }[];
}

const orgLink = (o: Named) =>
  o.id.startsWith('org-') ? h('a', { href: `#/organization/${encodeURIComponent(o.id)}` }, o.name) : h('span', {}, o.name);

export async function renderEvent(root: HTMLElement, slug: string): Promise<void> {
  const { event: e } = await query<{ event: Event | null }>(EVENT_QUERY, { slug });
  if (!e) {
    root.replaceChildren(h('h1', { tabindex: -1 }, 'Not found'), h('p', {}, `No event has the slug ${slug}.`));
    return;
  }
  const dates = e.endDate && e.endDate !== e.startDate ? `${e.startDate ?? '?'} – ${e.endDate}` : (e.startDate ?? 'undated');
  fill(
    root,
    h('h1', { tabindex: -1 }, nameOf(e)),
    h(
      'dl',
      { class: 'summary', 'data-testid': 'facts' },
      h('dt', {}, 'Name'),
      h('dd', {}, e.name),
      e.nameEn ? h('dt', {}, 'In English') : null,
      e.nameEn ? h('dd', {}, e.nameEn) : null,
      h('dt', {}, 'Kind'),
      h('dd', {}, `${e.kind.toLowerCase().replace(/_/g, ' ')} (${e.status.toLowerCase()})`),
      h('dt', {}, 'When'),
      h('dd', {}, dates),
      h('dt', {}, 'Where'),
      h('dd', {}, e.online ? 'online' : e.city ? nameOf(e.city) : 'not given'),
      e.organizers.length ? h('dt', {}, 'Organizers') : null,
      e.organizers.length ? h('dd', {}, ...e.organizers.flatMap((o, i) => [i ? ', ' : '', orgLink(o)])) : null,
      e.programme ? h('dt', {}, 'Programme') : null,
      e.programme ? h('dd', {}, e.programme.name) : null,
    ),
    e.facts.length
      ? h('section', {}, h('h2', {}, 'Facts'), h('ul', { 'data-testid': 'event-facts' }, ...e.facts.map((f) => h('li', {}, f))))
      : null,
    h('h2', {}, 'Sources'),
    h('div', { 'data-testid': 'sources' }, citations(e.sources)),
    e.membershipReports.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Membership reports'),
          h(
            'ul',
            {},
            ...e.membershipReports.map((r) =>
              h(
                'li',
                {},
                `${r.asOf ?? 'undated'}: ${qualified(r.memberCount, r.memberQualifier)} members, ${qualified(r.cityCount, r.cityQualifier)} places`,
                citations(r.sources),
              ),
            ),
          ),
        )
      : null,
    e.admittedMemberCount
      ? h(
          'section',
          {},
          h('h2', {}, `Members admitted (${e.admittedMemberCount})`),
          h('ul', {}, ...e.admittedMembers.filter((m) => m.member).map((m) => h('li', {}, orgLink(m.member!), citations(m.sources)))),
        )
      : null,
    e.agreements.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Agreements'),
          h(
            'ul',
            {},
            ...e.agreements.map((a) =>
              h(
                'li',
                {},
                `${a.name}${a.signed ? ` (${a.signed})` : ''}: `,
                ...a.parties.flatMap((p, i) => [i ? ', ' : '', orgLink(p)]),
                citations(a.sources),
              ),
            ),
          ),
        )
      : null,
  );
}
