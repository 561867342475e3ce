import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string | null;
  /** Opening a TCP connection (default 2 s). */
  connectionTimeoutMs?: number;
  /** Waiting for a pooled connection, opening included (default 3 s): the longest an outage or a full pool holds a query. */
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
}

export function createDriver(options: DriverOptions): Driver {
  // No password: the local Neo4j runs with auth disabled, which accepts a driver without credentials.
  const auth = options.password === null ? undefined : neo4j.auth.basic(options.username, options.password);
  return neo4j.driver(options.uri, auth, {
    // The driver's defaults (60 s to acquire, 30 s of retries) would hold a client for a minute while Neo4j is down.
    connectionTimeout: options.connectionTimeoutMs ?? 2_000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 3_000,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: false,
  });
}

/** Waits until the server answers, retrying while it starts. */
export async function waitForDriver(driver: Driver, database: string | undefined, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
