/** The map's outline, compiled in by src/cli/build-explorer.ts from world-atlas (Natural Earth 1:50m). */
declare module 'virtual:outline' {
  import type { FeatureCollection, Geometry } from 'geojson';
  const outline: FeatureCollection<Geometry, { name: string }>;
  export default outline;
}
