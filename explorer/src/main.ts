import { ApiError } from './api';
import { h, leaveFor } from './dom';
import { script, scripts, setScript, type Script } from './names';
import { renderEvent } from './views/event';
import { renderMap } from './views/map';
import { renderNetwork } from './views/network';
import { renderOrganization } from './views/organization';
import { renderTrend } from './views/trend';

/** Hash routes: #/map, #/trend, #/network, #/organization/<id>, #/event/<slug>; parameters after "?". */
const view = document.getElementById('view') as HTMLElement;
let generation = 0;

async function route(): Promise<void> {
  const mine = ++generation;
  const hash = window.location.hash.replace(/^#\/?/, '') || 'map';
  const [pathPart, search = ''] = hash.split('?');
  const [name, ...rest] = pathPart.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  const params = new URLSearchParams(search);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const target = h('div', { 'aria-busy': 'true' });
  const started = performance.now();
  try {
    switch (name) {
      case 'trend':
        await renderTrend(target);
        break;
      case 'network':
        await renderNetwork(target, params);
        break;
      case 'organization':
        await renderOrganization(target, arg);
        break;
      case 'event':
        await renderEvent(target, arg);
        break;
      default:
        await renderMap(target, params);
    }
  } catch (error) {
    target.replaceChildren(
      h('h1', { tabindex: -1 }, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? `The API answered: ${error.message}` : String(error)),
    );
  }
  if (mine !== generation) return;
  target.removeAttribute('aria-busy');
  view.replaceChildren(...target.childNodes);
  view.dataset.view = name;
  view.dataset.renderedMs = String(Math.round(performance.now() - started));
  document.title = `${view.querySelector('h1')?.textContent ?? 'Explorer'} · NKSS explorer`;
  const heading = view.querySelector<HTMLElement>('h1');
  if (document.activeElement === document.body || document.activeElement === null) heading?.focus({ preventScroll: true });
  document.body.dataset.ready = 'true';
}

const select = document.getElementById('script') as HTMLSelectElement;
for (const sc of scripts) select.append(h('option', { value: sc.value, selected: sc.value === script() }, sc.label));
select.addEventListener('change', () => {
  setScript(select.value as Script);
  void route();
});
window.addEventListener('hashchange', () => {
  delete document.body.dataset.ready;
  void route();
});
// A link's click changes location.hash at once; `ready` is cleared in the click itself (leaveFor), as navigate does.
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (href?.startsWith('#')) leaveFor(href);
  },
  true,
);
void route();
