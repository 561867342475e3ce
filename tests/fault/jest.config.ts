import { separateRun } from '../jest.separate';

/**
 * Fault runs (npm run test:fault, after npm test in .ci/run): each suite starts Neo4j of its own and stops, kills or
 * restarts it under a running API; the fixture Neo4j is there too, as a launcher started without limits. Kept apart from
 * npm test: the JVM starts make them a minute and a half on their own.
 */
export default separateRun('<rootDir>/tests/fault/**/*.fault.test.ts');
