import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

// Regression: Apollo Server's own SIGTERM handler raced main.ts's shutdown and the process never exited.
const root = path.resolve(__dirname, '..', '..');

test('npm start’s process stops with exit code 0 on SIGTERM', async () => {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOAD_DATASET: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => line.includes('ready: GraphQL at') && resolve());
    void exited.then((code) => reject(new Error(`exited with ${code} before ready`)));
  });
  child.kill('SIGTERM');
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000).unref());
  expect(await Promise.race([exited, timeout])).toBe(0);
}, 120_000);
