/** Small DOM helpers: the explorer builds its views with these instead of a framework. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function apply(el: Element, attrs: Attrs, children: Child[]): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  apply(el, attrs, children);
  return el;
}

/** A link to a source, with its quote under it when the citation has one. */
export function citation(c: { quote?: string | null; source: { url: string; title: string } }): HTMLElement {
  return h(
    'li',
    { class: 'citation' },
    h('a', { href: c.source.url, rel: 'noopener', target: '_blank' }, c.source.title),
    c.quote ? h('blockquote', {}, `“${c.quote}”`) : null,
  );
}

export function citations(list: readonly { quote?: string | null; source: { url: string; title: string } }[]): HTMLElement {
  if (list.length === 0) return h('p', { class: 'note' }, 'No source given.');
  return h('ul', { class: 'sources' }, ...list.map(citation));
}

export function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`;
}

export function num(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? '—' : Number(x.toFixed(digits)).toString();
}

export function qualified(n: number | null | undefined, q: string | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return q === 'MORE_THAN' ? `more than ${n}` : q === 'ABOUT' ? `about ${n}` : String(n);
}

/** Replaces root's content, skipping the parts a page leaves out (null). */
export function fill(root: HTMLElement, ...parts: (Node | null)[]): void {
  root.replaceChildren(...parts.filter((p): p is Node => p !== null));
}

/**
 * Called as the hash is about to change to `hash`: hashchange comes a task later, and until then `ready` would still
 * speak of the view being left. Answers whether the hash changes at all.
 */
export function leaveFor(hash: string): boolean {
  if (hash === window.location.hash) return false;
  delete document.body.dataset.ready;
  return true;
}

/** Moves to another view. */
export function navigate(hash: string): void {
  if (leaveFor(hash)) window.location.hash = hash;
}
