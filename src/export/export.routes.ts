import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { AppError, BadInputError, ErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { Graph, QueryStats } from '../neo4j/run';
import { fetchExportNetwork } from './export.repository';
import { parseExportFilters } from './filters';
import { EXPORT_FILES, downloadName, type ExportFile } from './formats';

/**
 * GET /export/network.gexf, /export/network.graphml, /export/nodes.csv, /export/edges.csv with the query parameters
 * association, from, to, origins, membersOnly (src/export/filters.ts). A bad parameter answers 400 with
 * {code: "BAD_USER_INPUT", argumentPath, message}; the `x-cypher-queries` header says how many queries the export took.
 */
export function createExportRouter(deps: { graph: Graph; logger: Logger }): Router {
  const router = express.Router();
  const serve = (file: ExportFile) => async (req: Request, res: Response) => {
    const filters = parseExportFilters(req.query);
    const stats: QueryStats = { queries: 0 };
    const network = await fetchExportNetwork(deps.graph.forRequest(stats, `export ${file.name}`), filters);
    res
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${downloadName(filters.association, file)}"`,
        'X-Cypher-Queries': String(stats.queries),
      })
      .send(file.write(network));
  };
  for (const file of Object.values(EXPORT_FILES)) router.get(`/${file.name}`, serve(file));

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // Driver errors arrive translated (Graph.read): here domain errors become HTTP answers.
    if (error instanceof BadInputError) {
      res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, argumentPath: error.extensions.argumentPath, message: error.message });
    } else if (error instanceof AppError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
      res.status(503).json({ code: ErrorCode.SERVICE_UNAVAILABLE, message: error.message });
    } else {
      const requestId = req.header('x-request-id') ?? crypto.randomUUID();
      deps.logger.error({ err: error, requestId, path: req.path }, 'export failed');
      res.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', requestId });
    }
  });
  return router;
}
