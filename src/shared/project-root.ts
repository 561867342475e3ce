import path from 'node:path';

/** The repository root, from src/<dir> (ts-jest) as from dist/src/<dir> (compiled): cypher/, data/ and schema/ live there. */
export const projectRoot = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));
