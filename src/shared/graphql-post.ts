import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Admission } from './admission';
import {
  BODY_NOT_JSON,
  BODY_UNREADABLE,
  bodyTooLarge,
  mediaTypeOf,
  queryOfBody,
  sendHttpError,
  tooDeeplyNested,
  type HttpRefusal,
} from './graphql-http';
import { ErrorCode } from '../errors';

/**
 * `POST /graphql` with a JSON body is nearly every request this API serves. It goes from node:http straight to
 * Apollo: Express's router, body-parser and `res.send` (which hashes every answer for an ETag a POST never uses)
 * cost about a tenth of a short query's CPU. The checks and answers are the same as on the Express path
 * (graphqlHttpGate, admission); anything this path does not take, Express serves as before.
 */
export interface GraphqlPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  admission: Admission;
  maxBodyBytes: number;
  context: (req: IncomingMessage, body: unknown) => Promise<TContext>;
  onUnexpected: (error: unknown) => void;
}

/**
 * Whether this path serves the request, from its headers alone (its body is still unread, so Express can take it):
 * a POST to exactly /graphql, declared application/json in UTF-8, with a body, not content-encoded.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const { essence, charset } = mediaTypeOf(req.headers['content-type'] ?? '');
  if (essence !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

type BodyResult = { body: unknown } | { refusal: HttpRefusal };

/** The body as JSON, read to at most `limit` bytes; the same outcomes as express.json() (strict, BOM dropped, empty is {}). */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ refusal: bodyTooLarge(limit, declared) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData).off('end', onEnd).off('error', onFailure).off('aborted', onFailure).off('close', onFailure);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return void chunks.push(chunk);
      // Like body-parser: the rest is read and dropped, never buffered, and the answer waits for the end of it, so a
      // kept-alive connection is left clean for the client's next request.
      const refusal = bodyTooLarge(limit, Number.isFinite(declared) ? declared : null);
      req
        .off('data', onData)
        .off('end', onEnd)
        .on('data', () => undefined);
      chunks.length = 0;
      req.once('end', () => finish({ refusal }));
    };
    const onEnd = () => finish(parseJsonBody(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)));
    const onFailure = () => finish({ refusal: BODY_UNREADABLE });
    // A client that leaves mid-body ends the read (whichever of these node:http reports), so nothing waits on it.
    req.on('data', onData).on('end', onEnd).on('error', onFailure).on('aborted', onFailure).on('close', onFailure);
  });
}

const FIRST_NON_SPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

function parseJsonBody(bytes: Buffer): BodyResult {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return { body: {} };
  // Like body-parser's strict mode: an object or an array, never a bare string or number.
  const first = FIRST_NON_SPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[') return { refusal: BODY_NOT_JSON };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { refusal: BODY_NOT_JSON };
  }
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Serves one request that isPlainGraphqlPost took: body, nesting, admission, then Apollo. */
export function graphqlPostHandler<TContext extends BaseContext>(
  options: GraphqlPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, admission, maxBodyBytes } = options;

  const execute = async (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: headerMapOf(req), search: query === -1 ? '' : url.slice(query), body },
      context: () => options.context(req, body),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    options.onUnexpected(error);
    if (res.headersSent) return void res.destroy();
    sendHttpError(req, res, 500, { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  };

  return (req, res) => {
    readJsonBody(req, maxBodyBytes).then(
      (result) => {
        if ('refusal' in result) return sendHttpError(req, res, result.refusal.status, result.refusal.error);
        const { body } = result;
        const tooDeep = tooDeeplyNested(queryOfBody(body));
        if (tooDeep !== null) return sendHttpError(req, res, tooDeep.status, tooDeep.error);
        admission.admit(req, res, () => void execute(req, res, body).catch((error: unknown) => failed(req, res, error)));
      },
      (error: unknown) => failed(req, res, error),
    );
  };
}
