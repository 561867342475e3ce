import { separateRun } from '../jest.separate';

/**
 * The explorer's browser tests (npm run test:browser, after npm test in .ci/run): headless Chromium, the system's
 * (Debian's chromium package), driven by playwright-core, against the real server over the Neo4j the global setup
 * starts and loads. Kept apart from npm test, whose run is long already.
 */
export default separateRun('<rootDir>/tests/browser/**/*.browser.test.ts');
