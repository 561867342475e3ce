import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, formatValue, type Column } from './columns';
import type { ExportEdge, ExportNetwork, ExportNode } from './network';
import { xmlAttributes, xmlText } from './xml';

const SPAN = <T extends { start: string | null; end: string | null }>(): Column<T>[] => [
  { name: 'start', type: 'string', value: (row) => row.start },
  { name: 'end', type: 'string', value: (row) => row.end },
];
/** The node's name goes in `label`, the attribute name Gephi takes as the node label. */
const NODE_KEYS: readonly Column<ExportNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.label },
  ...NODE_ATTRIBUTES,
  ...SPAN<ExportNode>(),
];
const EDGE_KEYS: readonly Column<ExportEdge>[] = [...EDGE_ATTRIBUTES, ...SPAN<ExportEdge>()];

const keyId = (cls: 'node' | 'edge', name: string): string => `${cls}.${name}`;

function keys<T>(cls: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return columns.map(
    (c) =>
      `  <key${xmlAttributes([
        ['id', keyId(cls, c.name)],
        ['for', cls],
        ['attr.name', c.name],
        ['attr.type', c.type],
      ])}/>`,
  );
}

function data<T>(cls: 'node' | 'edge', row: T, columns: readonly Column<T>[]): string[] {
  const out: string[] = [];
  for (const c of columns) {
    const value = formatValue(c.value(row));
    if (value !== null) out.push(`      <data key="${keyId(cls, c.name)}">${xmlText(value)}</data>`);
  }
  return out;
}

/**
 * GraphML with a <key> for every attribute; days (start, end) are string attributes, since GraphML has no time model.
 * Every edge is undirected (`edgedefault="undirected"`, no edge `directed`): NetworkX and igraph reject mixed directions.
 * Attribute types are only `string` and `boolean`, which every GraphML reader takes.
 */
export function toGraphml(network: ExportNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', NODE_KEYS),
    ...keys('edge', EDGE_KEYS),
    `  <graph${xmlAttributes([['id', network.graphId]])} edgedefault="undirected">`,
    `    <desc>${xmlText(network.description)}</desc>`,
  ];
  for (const n of network.nodes) {
    lines.push(`    <node${xmlAttributes([['id', n.id]])}>`, ...data('node', n, NODE_KEYS), '    </node>');
  }
  for (const e of network.edges) {
    lines.push(
      `    <edge${xmlAttributes([
        ['id', e.id],
        ['source', e.source],
        ['target', e.target],
      ])}>`,
      ...data('edge', e, EDGE_KEYS),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
