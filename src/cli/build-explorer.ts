import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { projectRoot } from '../shared/project-root';

/**
 * Bundles the explorer (explorer/src/main.ts) with esbuild into dist/explorer/, beside its page and style sheet, and
 * checks the bundle budget: everything the first view loads, gzipped, under BUDGET_BYTES (else the build fails).
 * The map's outline comes from world-atlas (Natural Earth 1:50m) at build time and is compiled into the bundle, so
 * the page fetches nothing but /graphql at run time.
 */
export const BUDGET_BYTES = 300 * 1024;

const source = path.join(projectRoot, 'explorer');
const target = path.join(projectRoot, 'dist', 'explorer');

/** Serbia and the countries around it (their names as Natural Earth spells them), coordinates rounded to 0.01°. */
const countries = [
  'Serbia',
  'Kosovo',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Macedonia',
  'Albania',
  'Montenegro',
  'Bosnia and Herz.',
  'Croatia',
];

function round(geometry: Geometry): Geometry {
  const r = (p: Position): Position => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
    default:
      return geometry;
  }
}

function outline(): FeatureCollection {
  const file = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features: Feature[] = all.features
    .filter((f) => countries.includes(f.properties.name))
    .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: round(f.geometry) }));
  const missing = countries.filter((name) => !features.some((f) => (f.properties as { name: string }).name === name));
  if (missing.length > 0) throw new Error(`world-atlas lacks ${missing.join(', ')}`);
  return { type: 'FeatureCollection', features };
}

/** `import outline from 'virtual:outline'` in the explorer: the GeoJSON above. */
function outlinePlugin(): Plugin {
  return {
    name: 'outline',
    setup(b) {
      b.onResolve({ filter: /^virtual:outline$/ }, () => ({ path: 'outline', namespace: 'outline' }));
      b.onLoad({ filter: /.*/, namespace: 'outline' }, () => ({ contents: JSON.stringify(outline()), loader: 'json' }));
    },
  };
}

export interface BundleSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

export async function buildExplorer(): Promise<BundleSize> {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  await build({
    entryPoints: [path.join(source, 'src', 'main.ts')],
    outfile: path.join(target, 'explorer.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    // urql's development warnings (e.g. Graphcache's notes on types without an id) are left out.
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [outlinePlugin()],
  });
  for (const file of ['index.html', 'explorer.css']) fs.copyFileSync(path.join(source, file), path.join(target, file));
  const files = ['index.html', 'explorer.css', 'explorer.js'].map((file) => {
    const content = fs.readFileSync(path.join(target, file));
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
  const size: BundleSize = {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    budgetGzipBytes: BUDGET_BYTES,
  };
  fs.writeFileSync(path.join(target, 'bundle-size.json'), `${JSON.stringify(size, null, 2)}\n`);
  if (size.gzipBytes > BUDGET_BYTES) {
    throw new Error(`the explorer is ${size.gzipBytes} bytes gzipped, over its budget of ${BUDGET_BYTES}`);
  }
  return size;
}

if (require.main === module) {
  buildExplorer().then(
    (size) => {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      process.stdout.write(
        `explorer: dist/explorer/ ${kb(size.bytes)}, ${kb(size.gzipBytes)} gzipped (budget ${kb(size.budgetGzipBytes)})\n`,
      );
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
