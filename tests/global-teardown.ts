import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const test = globalThis.__NKSS_TEST_NEO4J__;
  if (!test) return;
  await test.local.stop();
  fs.rmSync(test.home, { recursive: true, force: true });
}
