import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, formatValue } from './columns';
import type { ExportNetwork } from './network';

/** One RFC 4180 field: quoted when it holds a quote, comma or line break, quotes doubled; null is an empty field. */
export function csvField(value: string | boolean | null): string {
  const text = formatValue(value) ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly (readonly (string | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Node list: id, label (the name; Gephi's spreadsheet import takes Id and Label), the node attributes, and start/end days.
 * RFC 4180: CRLF line ends, a header row; UTF-8 text as is (Serbian diacritics and Cyrillic kept).
 */
export function toNodesCsv(network: ExportNetwork): string {
  return table(
    ['id', 'label', ...NODE_ATTRIBUTES.map((c) => c.name), 'start', 'end'],
    network.nodes.map((n) => [n.id, n.label, ...NODE_ATTRIBUTES.map((c) => c.value(n)), n.start, n.end]),
  );
}

/**
 * Edge list: id, source, target, type (always Undirected, as Gephi reads it: the same graph as the GEXF and GraphML), the
 * edge attributes, start/end days.
 */
export function toEdgesCsv(network: ExportNetwork): string {
  return table(
    ['id', 'source', 'target', 'type', ...EDGE_ATTRIBUTES.map((c) => c.name), 'start', 'end'],
    network.edges.map((e) => [e.id, e.source, e.target, 'Undirected', ...EDGE_ATTRIBUTES.map((c) => c.value(e)), e.start, e.end]),
  );
}
