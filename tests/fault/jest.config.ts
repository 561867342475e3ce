import type { Config } from 'jest';

/**
 * Fault runs (npm run test:fault, after npm test in .ci/run): each suite starts Neo4j of its own and stops, kills or
 * restarts it under a running API. Kept apart from npm test: the JVM starts make them a minute and a half on their own.
 */
const config: Config = {
  rootDir: '../..',
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/fault/**/*.fault.test.ts'],
  // The fixture Neo4j too: a launcher started without limits is compared with one started with them.
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/tests/helpers/timeout.ts'],
};

export default config;
