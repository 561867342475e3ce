import path from 'node:path';

/** Validated, frozen configuration. The only module that reads process.env. */
export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly neo4j: {
    /** null: start the local embedded Neo4j from neo4j-local/. */
    readonly uri: string | null;
    readonly username: string;
    readonly password: string | null;
    readonly database: string | undefined;
  };
  readonly local: {
    readonly port: number;
    readonly dataDir: string;
    readonly heap: string;
  };
  readonly loadDataset: boolean;
  /** What one GraphQL request may ask for; checked before any Cypher runs. */
  readonly limits: QueryLimits;
}

export interface QueryLimits {
  /** Deepest selection (fields nested in fields). */
  readonly depth: number;
  /** Estimated cost (src/shared/query-cost.ts). */
  readonly cost: number;
  /** Aliased fields, a fragment counted at each spread. */
  readonly aliases: number;
  /** Lexical tokens of the query text; the parser stops at the first one over. */
  readonly tokens: number;
  /** Directives written in the query text. */
  readonly directives: number;
  /** Bytes of a POST body. */
  readonly bodyBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string,
  ) {
    super(`Invalid configuration: ${variable} must be ${expected} (got "${got}")`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `one of ${allowed.join(', ')}`, raw);
  }
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, 'true or false', raw);
}

function neo4jUri(env: Env): string | null {
  const raw = text(env, 'NEO4J_URI');
  if (raw === undefined) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    throw new ConfigError('NEO4J_URI', 'a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI', raw);
  }
  return raw;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const uri = neo4jUri(env);
  const password = text(env, 'NEO4J_PASSWORD') ?? null;
  if (password !== null && password.length < 8 && uri === null) {
    throw new ConfigError('NEO4J_PASSWORD', 'at least 8 characters for the local Neo4j', '***');
  }
  const database = text(env, 'NEO4J_DATABASE');
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', 'a Neo4j database name', database);
  }
  const config: Config = {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    neo4j: {
      uri,
      username: text(env, 'NEO4J_USERNAME') ?? 'neo4j',
      password,
      database,
    },
    local: {
      port: integer(env, 'NEO4J_LOCAL_PORT', 7687, 0, 65535),
      dataDir: path.resolve(cwd, text(env, 'NEO4J_LOCAL_DATA_DIR') ?? '.data/neo4j'),
      heap: heap(env),
    },
    loadDataset: bool(env, 'LOAD_DATASET', true),
    limits: {
      depth: integer(env, 'MAX_QUERY_DEPTH', 12, 2, 50),
      cost: integer(env, 'MAX_QUERY_COST', 10_000, 100, 10_000_000),
      aliases: integer(env, 'MAX_ALIASES', 15, 0, 1_000),
      // graphql-js parses nested values recursively: past ~2,500 tokens of `[[[…` the stack overflows.
      tokens: integer(env, 'MAX_TOKENS', 2_000, 100, 2_000),
      directives: integer(env, 'MAX_DIRECTIVES', 20, 0, 1_000),
      bodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1_024, 104_857_600),
    },
  };
  Object.freeze(config.neo4j);
  Object.freeze(config.local);
  Object.freeze(config.limits);
  return Object.freeze(config);
}

function heap(env: Env): string {
  const raw = text(env, 'NEO4J_LOCAL_HEAP') ?? '1g';
  if (!/^\d+[mg]$/.test(raw)) throw new ConfigError('NEO4J_LOCAL_HEAP', 'a JVM size such as 512m or 1g', raw);
  return raw;
}
