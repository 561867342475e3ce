import type { Config } from 'jest';

/**
 * What the runs kept apart from npm test share (tests/browser, tests/fault): TypeScript through ts-jest, the summary line
 * .ci/run reads, and the fixture Neo4j the global setup starts and loads.
 */
export function separateRun(testMatch: string): Config {
  return {
    // Relative to the config file, which lives one folder below tests/.
    rootDir: '../..',
    reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
    testMatch: [testMatch],
    globalSetup: '<rootDir>/tests/global-setup.ts',
    globalTeardown: '<rootDir>/tests/global-teardown.ts',
    setupFiles: ['reflect-metadata'],
    setupFilesAfterEnv: ['<rootDir>/tests/helpers/timeout.ts'],
  };
}
