import type { Config } from 'jest';

/**
 * The explorer's browser tests (npm run test:browser, after npm test in .ci/run): headless Chromium, the system's
 * (Debian's chromium package), driven by playwright-core, against the real server over the Neo4j the global setup
 * starts and loads. Kept apart from npm test, whose run is long already.
 */
const config: Config = {
  rootDir: '../..',
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/tests/helpers/timeout.ts'],
};

export default config;
