import type { IncomingMessage, ServerResponse } from 'node:http';
import accepts from 'accepts';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '../errors';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const ALLOWED_METHODS = 'GET, POST';

/**
 * A GraphQL-shaped error body, in the response media type the client accepts (GraphQL over HTTP). Plain node:http
 * objects, so the GraphQL POST path (graphql-post.ts) and Express's handlers answer alike.
 */
export function sendHttpError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: { code: ErrorCode; message: string; extensions?: Record<string, unknown> },
  headers: Record<string, string> = {},
): void {
  const mediaType =
    accepts(req).type(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] });
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', `${mediaType}; charset=utf-8`);
  res.setHeader('content-length', Buffer.byteLength(body));
  // node:http drops the body of an answer to HEAD by itself.
  res.end(body);
}

/** GET (queries only; Apollo refuses a mutation with 405) and POST; anything else, HEAD included, is 405. */
const onlyGetAndPost: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'POST') return next();
  sendHttpError(
    req,
    res,
    405,
    { code: ErrorCode.BAD_REQUEST, message: `GraphQL requests are GET or POST, not ${req.method}` },
    { allow: ALLOWED_METHODS },
  );
};

export function mediaTypeOf(header: string): { essence: string; charset: string | undefined } {
  const [essence = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  return { essence, charset: charset?.replace(/^"(.*)"$/, '$1') };
}

/**
 * A POST body must be `application/json` in UTF-8. Besides being what GraphQL over HTTP requires, that keeps the
 * CSRF protection: a browser cannot send that media type to another origin without a CORS preflight, which this
 * server does not answer.
 */
const onlyJsonPosts: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const { essence, charset } = mediaTypeOf(req.header('content-type') ?? '');
  if (essence !== 'application/json') {
    return sendHttpError(req, res, 415, {
      code: ErrorCode.BAD_REQUEST,
      message: `A POST body must be application/json${essence ? `, not ${essence}` : ' (no content-type was sent)'}`,
    });
  }
  if (charset !== undefined && charset !== 'utf-8') {
    return sendHttpError(req, res, 415, { code: ErrorCode.BAD_REQUEST, message: `A POST body must be UTF-8, not ${charset}` });
  }
  next();
};

/** An answer the HTTP layer gives before Apollo: its status and GraphQL-shaped error. */
export interface HttpRefusal {
  status: number;
  error: { code: ErrorCode; message: string; extensions?: Record<string, unknown> };
}

export const bodyTooLarge = (maxBodyBytes: number, length: number | null): HttpRefusal => ({
  status: 413,
  error: {
    code: ErrorCode.RESOURCE_LIMIT,
    message: `The request body is over ${maxBodyBytes} bytes`,
    extensions: { resource: 'bodyBytes', bodyBytes: length, limit: maxBodyBytes },
  },
});

export const BODY_NOT_JSON: HttpRefusal = {
  status: 400,
  error: { code: ErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON' },
};

export const BODY_UNREADABLE: HttpRefusal = {
  status: 400,
  error: { code: ErrorCode.BAD_REQUEST, message: 'The request body could not be read' },
};

/** body-parser's errors (https://github.com/expressjs/body-parser#errors) as JSON with a code, never its HTML page. */
function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
    if (type === 'entity.too.large') {
      const length = (error as { length?: unknown }).length;
      const refusal = bodyTooLarge(maxBodyBytes, typeof length === 'number' ? length : null);
      return sendHttpError(req, res, refusal.status, refusal.error);
    }
    if (type === 'entity.parse.failed') return sendHttpError(req, res, BODY_NOT_JSON.status, BODY_NOT_JSON.error);
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendHttpError(req, res, 415, {
        code: ErrorCode.BAD_REQUEST,
        message: 'The request body must be UTF-8 without content-encoding',
      });
    }
    if (typeof type === 'string') return sendHttpError(req, res, BODY_UNREADABLE.status, BODY_UNREADABLE.error);
    next(error);
  };
}

/**
 * graphql-js parses nested selections and values recursively, and `[[[…` overflows the stack below the token limit
 * (~2,000 levels). No valid query nests deeper than MAX_QUERY_DEPTH (at most 50) plus a few input levels.
 */
export const MAX_NESTING = 128;

/** How deep `{`, `[` and `(` nest in GraphQL source, outside strings and comments; linear, no recursion. */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end === -1 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}

/** The `query` member of a parsed POST body, if it is an object. */
export function queryOfBody(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
}

/** The refusal of query text nested deeper than MAX_NESTING, before the parser sees it; null when it may be parsed. */
export function tooDeeplyNested(query: unknown): HttpRefusal | null {
  if (typeof query !== 'string') return null;
  const depth = nestingDepth(query);
  if (depth <= MAX_NESTING) return null;
  return {
    status: 400,
    error: {
      code: ErrorCode.GRAPHQL_PARSE_FAILED,
      message: `Syntax Error: brackets nest ${depth} deep; the limit is ${MAX_NESTING}`,
      extensions: { limit: MAX_NESTING },
    },
  };
}

const boundedNesting: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  const refusal = tooDeeplyNested(req.method === 'GET' ? req.query.query : queryOfBody(body));
  if (refusal === null) return next();
  sendHttpError(req, res, refusal.status, refusal.error);
};

/** What stands before Apollo on the GraphQL path: the method, the media type, the JSON body within its limit, the nesting. */
export function graphqlHttpGate(maxBodyBytes: number): (RequestHandler | ErrorRequestHandler)[] {
  return [onlyGetAndPost, onlyJsonPosts, express.json({ limit: maxBodyBytes }), bodyErrors(maxBodyBytes), boundedNesting];
}

/** Last handlers of the app: unknown paths and unexpected errors answer JSON, never Express's HTML (or its stack). */
export function jsonFallbacks(onUnexpected: (error: unknown) => void): (RequestHandler | ErrorRequestHandler)[] {
  const notFound: RequestHandler = (req, res) =>
    sendHttpError(req, res, 404, { code: ErrorCode.NOT_FOUND, message: `Nothing at ${req.method} ${req.path}` });
  const unexpected: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    onUnexpected(error);
    sendHttpError(req, res, 500, { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  };
  return [notFound, unexpected];
}
