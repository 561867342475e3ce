import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string | null;
}

export function createDriver(options: DriverOptions): Driver {
  // No password: the local Neo4j runs with auth disabled, which accepts a driver without credentials.
  const auth = options.password === null ? undefined : neo4j.auth.basic(options.username, options.password);
  return neo4j.driver(options.uri, auth, {
    // Fail fast when Neo4j is down so the API can answer SERVICE_UNAVAILABLE instead of hanging.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
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
