import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../../src/config';

const cwd = path.resolve('/srv/nkss');
const driverDefaults = {
  queryTimeoutMs: 15_000,
  analyticsTimeoutMs: 120_000,
  connectionTimeoutMs: 2_000,
  acquisitionTimeoutMs: 3_000,
  maxPoolSize: 50,
};
const noAuth = {
  jwtSecret: null,
  jwtPublicKeyFile: null,
  jwksFile: null,
  issuer: null,
  audience: null,
  apiKeys: [],
  anonymousReads: true,
};
const localDefaults = { transactionTimeout: '120s', transactionMemoryMax: '512m', supervise: true };

describe('loadConfig defaults', () => {
  it('with an empty environment: local Neo4j, port 4000, local port 7687, data under <cwd>/.data/neo4j', () => {
    const config = loadConfig({}, cwd);
    expect(config).toStrictEqual<Config>({
      nodeEnv: 'development',
      port: 4000,
      logLevel: 'info',
      neo4j: { uri: null, username: 'neo4j', password: null, database: undefined, ...driverDefaults },
      local: { port: 7687, dataDir: path.join(cwd, '.data', 'neo4j'), heap: '1g', ...localDefaults },
      loadDataset: true,
      limits: { depth: 12, cost: 10_000, aliases: 15, tokens: 2_000, directives: 20, bodyBytes: 1_048_576 },
      admission: { maxConcurrent: 32, maxQueued: 256, queueTimeoutMs: 3_000 },
      metrics: true,
      auth: noAuth,
    });
  });

  it('treats blank values as unset', () => {
    const config = loadConfig({ PORT: '  ', NEO4J_URI: '', LOG_LEVEL: ' ', NEO4J_LOCAL_HEAP: '' }, cwd);
    expect([config.port, config.neo4j.uri, config.logLevel, config.local.heap]).toEqual([4000, null, 'info', '1g']);
  });

  it('is silent by default under NODE_ENV=test', () => {
    expect(loadConfig({ NODE_ENV: 'test' }, cwd).logLevel).toBe('silent');
  });

  it('resolves a relative NEO4J_LOCAL_DATA_DIR against cwd', () => {
    expect(loadConfig({ NEO4J_LOCAL_DATA_DIR: 'var/db' }, cwd).local.dataDir).toBe(path.join(cwd, 'var', 'db'));
  });

  it('takes valid values as given', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        LOG_LEVEL: 'debug',
        NEO4J_URI: 'neo4j+s://db.example.org:7687',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: 'pw',
        NEO4J_DATABASE: 'nkss-2',
        NEO4J_LOCAL_PORT: '0',
        NEO4J_LOCAL_HEAP: '512m',
        LOAD_DATASET: 'false',
        MAX_QUERY_DEPTH: '20',
        MAX_QUERY_COST: '50000',
        MAX_ALIASES: '40',
        MAX_TOKENS: '1000',
        MAX_DIRECTIVES: '5',
        MAX_BODY_BYTES: '2097152',
        QUERY_TIMEOUT_MS: '5000',
        ANALYTICS_TIMEOUT_MS: '60000',
        NEO4J_CONNECTION_TIMEOUT_MS: '1000',
        NEO4J_ACQUISITION_TIMEOUT_MS: '1500',
        NEO4J_MAX_POOL_SIZE: '20',
        NEO4J_LOCAL_TRANSACTION_TIMEOUT: '30s',
        NEO4J_LOCAL_TRANSACTION_MEMORY_MAX: '1g',
        NEO4J_LOCAL_SUPERVISE: 'false',
        MAX_CONCURRENT_REQUESTS: '8',
        MAX_QUEUED_REQUESTS: '0',
        REQUEST_QUEUE_TIMEOUT_MS: '500',
        METRICS_ENABLED: 'false',
        AUTH_JWT_SECRET: 'a-secret-of-at-least-thirty-two-chars',
        AUTH_JWT_PUBLIC_KEY_FILE: 'keys/public.pem',
        AUTH_JWKS_FILE: '/etc/nkss/jwks.json',
        AUTH_JWT_ISSUER: 'https://id.example.org',
        AUTH_JWT_AUDIENCE: 'nkss-graph',
        AUTH_API_KEYS: `importer:admin:${'a'.repeat(64)}, bot:editor:${'0'.repeat(64)}`,
        AUTH_ANONYMOUS_READS: 'false',
      },
      cwd,
    );
    expect(config).toStrictEqual<Config>({
      nodeEnv: 'production',
      port: 8080,
      logLevel: 'debug',
      neo4j: {
        uri: 'neo4j+s://db.example.org:7687',
        username: 'reader',
        password: 'pw',
        database: 'nkss-2',
        queryTimeoutMs: 5_000,
        analyticsTimeoutMs: 60_000,
        connectionTimeoutMs: 1_000,
        acquisitionTimeoutMs: 1_500,
        maxPoolSize: 20,
      },
      local: {
        port: 0,
        dataDir: path.join(cwd, '.data', 'neo4j'),
        heap: '512m',
        transactionTimeout: '30s',
        transactionMemoryMax: '1g',
        supervise: false,
      },
      loadDataset: false,
      limits: { depth: 20, cost: 50_000, aliases: 40, tokens: 1_000, directives: 5, bodyBytes: 2_097_152 },
      admission: { maxConcurrent: 8, maxQueued: 0, queueTimeoutMs: 500 },
      metrics: false,
      auth: {
        jwtSecret: 'a-secret-of-at-least-thirty-two-chars',
        jwtPublicKeyFile: path.join(cwd, 'keys', 'public.pem'),
        jwksFile: '/etc/nkss/jwks.json',
        issuer: 'https://id.example.org',
        audience: 'nkss-graph',
        apiKeys: [
          { name: 'importer', role: 'admin', sha256: 'a'.repeat(64) },
          { name: 'bot', role: 'editor', sha256: '0'.repeat(64) },
        ],
        anonymousReads: false,
      },
    });
  });
});

describe('loadConfig rejects a bad value with a ConfigError naming the variable', () => {
  test.each<[string, string, string]>([
    ['PORT', 'abc', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")'],
    ['PORT', '70000', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "70000")'],
    ['NEO4J_URI', 'http://x', 'Invalid configuration: NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI (got "http://x")'],
    ['NEO4J_LOCAL_PORT', '-1', 'Invalid configuration: NEO4J_LOCAL_PORT must be an integer from 0 to 65535 (got "-1")'],
    ['LOG_LEVEL', 'loud', 'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['NEO4J_DATABASE', 'bad name', 'Invalid configuration: NEO4J_DATABASE must be a Neo4j database name (got "bad name")'],
    ['NEO4J_LOCAL_HEAP', 'lots', 'Invalid configuration: NEO4J_LOCAL_HEAP must be a JVM size such as 512m or 1g (got "lots")'],
    ['MAX_QUERY_COST', '10k', 'Invalid configuration: MAX_QUERY_COST must be an integer from 100 to 10000000 (got "10k")'],
    ['MAX_ALIASES', '-1', 'Invalid configuration: MAX_ALIASES must be an integer from 0 to 1000 (got "-1")'],
    ['MAX_TOKENS', '5000', 'Invalid configuration: MAX_TOKENS must be an integer from 100 to 2000 (got "5000")'],
    ['MAX_DIRECTIVES', '1.5', 'Invalid configuration: MAX_DIRECTIVES must be an integer from 0 to 1000 (got "1.5")'],
    [
      'NEO4J_LOCAL_TRANSACTION_TIMEOUT',
      '2 minutes',
      'Invalid configuration: NEO4J_LOCAL_TRANSACTION_TIMEOUT must be a duration such as 500ms, 120s or 5m (got "2 minutes")',
    ],
    [
      'NEO4J_LOCAL_TRANSACTION_MEMORY_MAX',
      'much',
      'Invalid configuration: NEO4J_LOCAL_TRANSACTION_MEMORY_MAX must be a size such as 256m or 1g (got "much")',
    ],
    ['QUERY_TIMEOUT_MS', '50', 'Invalid configuration: QUERY_TIMEOUT_MS must be an integer from 100 to 3600000 (got "50")'],
    ['MAX_CONCURRENT_REQUESTS', '0', 'Invalid configuration: MAX_CONCURRENT_REQUESTS must be an integer from 1 to 10000 (got "0")'],
    ['AUTH_JWT_SECRET', 'short', 'Invalid configuration: AUTH_JWT_SECRET must be at least 32 characters (got "***")'],
    [
      'AUTH_API_KEYS',
      'bot:owner:abc',
      'Invalid configuration: AUTH_API_KEYS must be comma-separated name:role:sha256hex entries (role editor or admin) (got "bot:owner:abc")',
    ],
    ['MAX_BODY_BYTES', '100', 'Invalid configuration: MAX_BODY_BYTES must be an integer from 1024 to 104857600 (got "100")'],
  ])('%s=%j', (variable, value, message) => {
    const load = (): Config => loadConfig({ [variable]: value }, cwd);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(expect.objectContaining({ name: 'ConfigError', variable, message }));
  });

  it('hides a too-short local password in the message', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' }, cwd)).toThrow(
      expect.objectContaining({
        variable: 'NEO4J_PASSWORD',
        message: 'Invalid configuration: NEO4J_PASSWORD must be at least 8 characters for the local Neo4j (got "***")',
      }),
    );
  });
});

describe('the loaded config', () => {
  it('is frozen: assigning a field throws and leaves it unchanged', () => {
    const config = loadConfig({}, cwd);
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(4000);
    expect(Object.isFrozen(config.limits)).toBe(true);
  });
});
