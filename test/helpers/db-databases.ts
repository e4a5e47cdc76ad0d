// Fresh databases for test files: a SQLite file in a temp dir, and a PostgreSQL database created
// per file (UTF-8, C.UTF-8 collation) and dropped after. Without a reachable PostgreSQL the PG
// variant is skipped with one line on stderr — except under CI=true, where that is a failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestEngine = 'sqlite' | 'postgres';

export interface TestDatabase {
  engine: TestEngine;
  url: string;
  drop(): Promise<void>;
}

const ADMIN_URL = process.env.QUARTER_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let pgProbe: Promise<boolean> | undefined;

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI: ${(err as Error).message}`);
    process.stderr.write(`PostgreSQL not reachable at ${ADMIN_URL}; skipping the PostgreSQL variant.\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The engines this run tests: always SQLite, PostgreSQL when reachable. */
export async function testEngines(): Promise<TestEngine[]> {
  pgProbe ??= probePostgres();
  return (await pgProbe) ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'quarter-db-'));
    return { engine, url: path.join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `quarter_t_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
