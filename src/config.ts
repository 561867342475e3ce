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
    /** How long one API read may run; sent with each query, so Neo4j itself stops it. */
    readonly queryTimeoutMs: number;
    /** The same for analytics (networkMetrics, exports), which walk the whole network. */
    readonly analyticsTimeoutMs: number;
    /** Opening a TCP connection to Neo4j. */
    readonly connectionTimeoutMs: number;
    /** Waiting for a connection from the pool, including opening it: the longest an outage or a full pool holds a query. */
    readonly acquisitionTimeoutMs: number;
    readonly maxPoolSize: number;
  };
  readonly local: {
    readonly port: number;
    readonly dataDir: string;
    readonly heap: string;
    /** db.transaction.timeout of the local Neo4j, e.g. "120s". */
    readonly transactionTimeout: string;
    /** db.memory.transaction.max of the local Neo4j, e.g. "512m". */
    readonly transactionMemoryMax: string;
    /** Restart the local Neo4j when it dies. */
    readonly supervise: boolean;
  };
  readonly loadDataset: boolean;
  /** What one GraphQL request may ask for; checked before any Cypher runs. */
  readonly limits: QueryLimits;
  /** Back-pressure: how many requests run at once, and how long and how many may wait for a turn. */
  readonly admission: AdmissionLimits;
  /** Prometheus metrics at /metrics. */
  readonly metrics: boolean;
  readonly auth: AuthConfig;
}

export type Role = 'editor' | 'admin';
export const roles: readonly Role[] = ['editor', 'admin'];

export interface ApiKeyEntry {
  readonly name: string;
  readonly role: Role;
  /** sha256 of the key, lowercase hex; the key itself is never configured. */
  readonly sha256: string;
}

export interface AuthConfig {
  /** HS256 secret (32+ characters). */
  readonly jwtSecret: string | null;
  /** PEM public key (RSA for RS256, EC P-256 for ES256), path. */
  readonly jwtPublicKeyFile: string | null;
  /** JWKS document (RS256/ES256 keys), path. */
  readonly jwksFile: string | null;
  readonly issuer: string | null;
  readonly audience: string | null;
  readonly apiKeys: readonly ApiKeyEntry[];
  /** Reads without credentials; false: every request needs a token or key. */
  readonly anonymousReads: boolean;
}

export interface AdmissionLimits {
  readonly maxConcurrent: number;
  readonly maxQueued: number;
  readonly queueTimeoutMs: number;
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
      queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 15_000, 100, 3_600_000),
      analyticsTimeoutMs: integer(env, 'ANALYTICS_TIMEOUT_MS', 120_000, 100, 3_600_000),
      connectionTimeoutMs: integer(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 2_000, 100, 120_000),
      acquisitionTimeoutMs: integer(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 3_000, 100, 120_000),
      maxPoolSize: integer(env, 'NEO4J_MAX_POOL_SIZE', 50, 1, 1_000),
    },
    local: {
      port: integer(env, 'NEO4J_LOCAL_PORT', 7687, 0, 65535),
      dataDir: path.resolve(cwd, text(env, 'NEO4J_LOCAL_DATA_DIR') ?? '.data/neo4j'),
      heap: heap(env),
      transactionTimeout: duration(env, 'NEO4J_LOCAL_TRANSACTION_TIMEOUT', '120s'),
      transactionMemoryMax: byteSize(env, 'NEO4J_LOCAL_TRANSACTION_MEMORY_MAX', '512m'),
      supervise: bool(env, 'NEO4J_LOCAL_SUPERVISE', true),
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
    admission: {
      maxConcurrent: integer(env, 'MAX_CONCURRENT_REQUESTS', 32, 1, 10_000),
      maxQueued: integer(env, 'MAX_QUEUED_REQUESTS', 256, 0, 100_000),
      queueTimeoutMs: integer(env, 'REQUEST_QUEUE_TIMEOUT_MS', 3_000, 0, 120_000),
    },
    metrics: bool(env, 'METRICS_ENABLED', true),
    auth: authConfig(env, cwd),
  };
  Object.freeze(config.neo4j);
  Object.freeze(config.admission);
  Object.freeze(config.auth);
  Object.freeze(config.local);
  Object.freeze(config.limits);
  return Object.freeze(config);
}

function heap(env: Env): string {
  const raw = text(env, 'NEO4J_LOCAL_HEAP') ?? '1g';
  if (!/^\d+[mg]$/.test(raw)) throw new ConfigError('NEO4J_LOCAL_HEAP', 'a JVM size such as 512m or 1g', raw);
  return raw;
}

/** A Neo4j duration setting: a number with ms, s, m or h (e.g. 120s); 0 turns the limit off. */
function duration(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!/^\d+(ms|s|m|h)$/.test(raw)) throw new ConfigError(name, 'a duration such as 500ms, 120s or 5m', raw);
  return raw;
}

/** A Neo4j byte-size setting (e.g. 512m); 0 turns the limit off. */
function byteSize(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) throw new ConfigError(name, 'a size such as 256m or 1g', raw);
  return raw;
}

function apiKeys(env: Env): ApiKeyEntry[] {
  const raw = text(env, 'AUTH_API_KEYS');
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => {
    const [name = '', role = '', sha256 = ''] = entry.trim().split(':');
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name) || !(roles as readonly string[]).includes(role) || !/^[0-9a-f]{64}$/.test(sha256)) {
      throw new ConfigError(
        'AUTH_API_KEYS',
        'comma-separated name:role:sha256hex entries (role editor or admin)',
        entry.trim().slice(0, 80),
      );
    }
    return Object.freeze({ name, role: role as Role, sha256 });
  });
}

function authConfig(env: Env, cwd: string): AuthConfig {
  const jwtSecret = text(env, 'AUTH_JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('AUTH_JWT_SECRET', 'at least 32 characters', '***');
  const file = (name: string): string | null => {
    const value = text(env, name);
    return value === undefined ? null : path.resolve(cwd, value);
  };
  return {
    jwtSecret,
    jwtPublicKeyFile: file('AUTH_JWT_PUBLIC_KEY_FILE'),
    jwksFile: file('AUTH_JWKS_FILE'),
    issuer: text(env, 'AUTH_JWT_ISSUER') ?? null,
    audience: text(env, 'AUTH_JWT_AUDIENCE') ?? null,
    apiKeys: Object.freeze(apiKeys(env)),
    anonymousReads: bool(env, 'AUTH_ANONYMOUS_READS', true),
  };
}
