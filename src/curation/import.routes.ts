import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Authenticate } from '../auth/credentials';
import { AppError, ErrorCode, ForbiddenError, UnauthenticatedError, translateNeo4jError } from '../errors';
import type { Logger } from '../logger';
import type { Graph } from '../neo4j/run';
import { readCsvSection } from './csv';
import { ImportRejected, importSources, type ImportProblem, type ImportSource } from './import';

/** The largest import body: a whole dataset file is ~0.5 MB; 10,000 CSV rows a few MB. */
const BODY_LIMIT = '20mb';

/** One body as the import's source: a partial dataset (JSON), or one section as CSV named by `?section=`. */
function sourceOf(req: Request): { source: ImportSource | null; problems: ImportProblem[] } {
  const file = 'request body';
  if (req.is('text/csv')) {
    const section = typeof req.query.section === 'string' ? req.query.section : '';
    const csv = readCsvSection(`${section}.csv`, typeof req.body === 'string' ? req.body : '');
    const problems = csv.problems.map((p) => ({ file, path: p.row === null ? '$' : `row ${p.row}`, field: p.column, message: p.message }));
    return {
      source: {
        file,
        content: { [csv.section]: csv.section === 'association' ? csv.records[0] : csv.records },
        locations: { [csv.section]: csv.rows.map((row) => `row ${row}`) },
      },
      problems,
    };
  }
  if (req.is('application/json')) return { source: { file, content: req.body as unknown }, problems: [] };
  return {
    source: null,
    problems: [{ file, path: '$', field: null, message: 'send application/json (a partial dataset) or text/csv with ?section=' }],
  };
}

/**
 * POST /admin/import (admin only; docs/import.md): the body is a partial dataset in data/nkss.json's format, or one
 * section as CSV (`Content-Type: text/csv`, `?section=organizations`); `?dryRun=true` compares and writes nothing. The
 * answer is the import's report (added, changed with fields, unchanged per section), or 400 BAD_USER_INPUT with every
 * problem (nothing written), 401 without valid credentials, 403 without the admin role.
 */
export function createImportRouter(deps: { graph: Graph; logger: Logger; authenticate: Authenticate }): Router {
  const router = express.Router();
  router.post(
    '/import',
    express.json({ limit: BODY_LIMIT, type: 'application/json' }),
    express.text({ limit: BODY_LIMIT, type: 'text/csv' }),
    async (req: Request, res: Response) => {
      const viewer = await deps.authenticate({ authorization: req.header('authorization'), apiKey: req.header('x-api-key') });
      if (viewer === null) throw new UnauthenticatedError('POST /admin/import needs credentials (a token or an API key).');
      if (!viewer.roles.includes('admin')) {
        throw new ForbiddenError('POST /admin/import needs the role admin.', { needed: ['admin'], held: viewer.roles });
      }
      const { source, problems } = sourceOf(req);
      if (source === null || problems.length > 0) throw new ImportRejected(problems);
      const report = await importSources(deps.graph, [source], {
        actor: { id: viewer.id, requestId: req.header('x-request-id') ?? null },
        dryRun: req.query.dryRun === 'true',
      });
      res.status(200).json(report);
    },
  );

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof ImportRejected) {
      res
        .status(400)
        .json({ code: ErrorCode.BAD_USER_INPUT, message: 'The import was refused; nothing was written.', problems: error.problems });
      return;
    }
    if ((error as { type?: string }).type === 'entity.too.large') {
      res.status(413).json({ code: ErrorCode.BAD_USER_INPUT, message: `The body is larger than ${BODY_LIMIT}.` });
      return;
    }
    if ((error as { type?: string }).type === 'entity.parse.failed') {
      res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, message: 'The body is not valid JSON.' });
      return;
    }
    const translated = translateNeo4jError(error);
    if (translated instanceof AppError) {
      const status = (translated.extensions.http as { status?: number } | undefined)?.status ?? 500;
      const { http: _http, ...extensions } = translated.extensions;
      res.status(status).json({ ...extensions, message: translated.message });
      return;
    }
    const requestId = req.header('x-request-id') ?? crypto.randomUUID();
    deps.logger.error({ err: error, requestId, path: req.path }, 'import failed');
    res.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', requestId });
  });
  return router;
}
