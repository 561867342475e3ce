import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  for (const { local, home } of globalThis.__NKSS_TEST_NEO4J__ ?? []) {
    await local.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
