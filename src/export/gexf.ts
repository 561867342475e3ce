import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeKind, formatValue, type Column } from './columns';
import type { ExportNetwork } from './network';
import { xmlAttribute, xmlAttributes, xmlText } from './xml';

function declarations<T>(cls: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.map(
      (c) =>
        `      <attribute${xmlAttributes([
          ['id', c.name],
          ['title', c.name],
          ['type', c.type],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(row: T, columns: readonly Column<T>[], indent: string): string[] {
  let values = '';
  for (const c of columns) {
    const value = formatValue(c.value(row));
    if (value !== null) values += `${indent}  <attvalue for="${xmlAttribute(c.name)}" value="${xmlAttribute(value)}"/>\n`;
  }
  return values === '' ? [] : [`${indent}<attvalues>\n${values}${indent}</attvalues>`];
}

/**
 * GEXF 1.2draft (what `networkx.read_gexf` reads by default in every version, and Gephi), dynamic (`mode="dynamic"`,
 * `timeformat="date"`, intervals): nodes and edges carry `start`/`end` days, left out
 * where open, so Gephi's timeline plays the network. Every edge is undirected (`defaultedgetype="undirected"`, no edge
 * `type`): NetworkX rejects a graph that mixes directions. The `relation` attribute tells ties from memberships, whose
 * `member` and `association` attributes say which end is which; an edge's `kind` (its origin, or MEMBER_OF) keeps parallel
 * edges of different origins apart in Gephi.
 */
export function toGexf(network: ExportNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>nkss-graph</creator>',
    `    <description>${xmlText(network.description)}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${network.nodes.length}">`,
  ];
  for (const n of network.nodes) {
    lines.push(
      `      <node${xmlAttributes([
        ['id', n.id],
        ['label', n.label],
        ['start', n.start],
        ['end', n.end],
      ])}>`,
      ...attvalues(n, NODE_ATTRIBUTES, '        '),
      '      </node>',
    );
  }
  lines.push('    </nodes>', `    <edges count="${network.edges.length}">`);
  for (const e of network.edges) {
    lines.push(
      `      <edge${xmlAttributes([
        ['id', e.id],
        ['source', e.source],
        ['target', e.target],
        ['kind', edgeKind(e)],
        ['label', edgeKind(e)],
        ['start', e.start],
        ['end', e.end],
      ])}>`,
      ...attvalues(e, EDGE_ATTRIBUTES, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
