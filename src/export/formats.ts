import { toEdgesCsv, toNodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { ExportNetwork } from './network';

/** One exported file: what it is called (after the association's slug), its media type and its writer. */
export interface ExportFile {
  name: string;
  contentType: string;
  write: (network: ExportNetwork) => string;
}

export const EXPORT_FILES = {
  gexf: { name: 'network.gexf', contentType: 'application/gexf+xml; charset=utf-8', write: toGexf },
  graphml: { name: 'network.graphml', contentType: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  nodesCsv: { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', write: toNodesCsv },
  edgesCsv: { name: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', write: toEdgesCsv },
} as const satisfies Record<string, ExportFile>;

/** The file name offered for download: `nkss-network.gexf`, `nkss-nodes.csv` (the slug is validated, so header-safe). */
export const downloadName = (association: string, file: ExportFile): string => `${association}-${file.name}`;
