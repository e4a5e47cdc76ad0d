// `quarter import osm` against a real database file: the same job as the API, from a terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDeps } from '../../src/server/deps';
import { seedFixture } from '../helpers/server-fixture';
import { repoRoot } from '../helpers/shared-data';

let dir: string;
let dbFile: string;
const quarter = (...args: string[]) =>
  spawnSync('node', [path.join(repoRoot, 'bin/quarter.js'), ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, DATABASE_URL: dbFile, LOG_LEVEL: 'silent', QUARTER_DATA: path.join(dir, 'data') },
  });

beforeAll(async () => {
  const b = spawnSync('node', ['scripts/build-node.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('building the CLI failed');
  dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-import-'));
  dbFile = path.join(dir, 'quarter.db');
  const deps = await createDeps({ databaseUrl: dbFile, logger: pino({ level: 'silent' }) });
  await seedFixture(deps);
  await deps.close();
}, 60_000);

describe('quarter import osm', () => {
  it('imports a street network into a circle and prints the job report', () => {
    const r = quarter(
      'import',
      'osm',
      path.join(repoRoot, 'test/fixtures/osm/engine-square.osm'),
      '--circle',
      'cir_fixturea',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ nodes: 2, edges: 3 });
    expect(report.graphFile).toContain(path.join(dir, 'data', 'graphs'));
  });

  it('evaluates a circle of the database by its id (quarter evaluate <circle-id>)', () => {
    const r = quarter('evaluate', 'cir_fixturea', '--out-dir', 'eval', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/810 residents/);
    expect(r.stdout).toMatch(/B10 .*Repair point/);
    const missing = quarter('evaluate', 'cir_nope');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cir_nope not found/);
  });

  it('refuses an unknown circle, a file that is not OSM and streets outside the circle, with the reason', () => {
    const elsewhere = quarter(
      'import',
      'osm',
      path.join(repoRoot, 'test/fixtures/osm/engine-square.osm'),
      '--circle',
      'cir_fixtureb',
    );
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toMatch(/no walkable ways inside bbox/);
    const unknown = quarter(
      'import',
      'osm',
      path.join(repoRoot, 'test/fixtures/osm/engine-square.osm'),
      '--circle',
      'cir_nope',
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Circle not found|cir_nope/);
    const bad = quarter(
      'import',
      'osm',
      path.join(repoRoot, 'test/fixtures/osm/engine-malformed.osm'),
      '--circle',
      'cir_fixtureb',
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/engine-malformed\.osm.*line \d+/);
  });
});
