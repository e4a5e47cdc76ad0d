// Locates the shared OSM extracts (ODbL data, read in place from ../shared, never copied here).
// In a user's own clone the folder may be absent: those suites then say so in one line and the
// rest still runs. In CI (CI=true) they must run, so absence is an error there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedOsmDir = process.env.QUARTER_SHARED_OSM ?? path.resolve(repoRoot, '../shared/data/osm');

export const sharedExtracts = {
  helsinki: path.join(sharedOsmDir, 'helsinki.osm.pbf'),
  liechtenstein: path.join(sharedOsmDir, 'liechtenstein.osm.pbf'),
  monaco: path.join(sharedOsmDir, 'monaco.osm.gz'),
} as const;

export const hasSharedData = existsSync(sharedOsmDir);

if (!hasSharedData && process.env.CI === 'true') {
  throw new Error(`shared OSM extracts not found at ${sharedOsmDir}; CI must run the real-data suites`);
}

/** `describe` for suites that need the shared extracts; prints one line and skips when absent. */
export function describeWithSharedData(name: string, fn: () => void): void {
  if (hasSharedData) {
    describe(name, fn);
  } else {
    console.warn(`[shared-data] ${name}: skipped, ${sharedOsmDir} is absent (real-data suites run in CI)`);
    describe.skip(name, fn);
  }
}
