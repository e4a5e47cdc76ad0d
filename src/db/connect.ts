// Opens the database named by a URL: postgres://… for PostgreSQL, anything else is a SQLite file
// (or ':memory:'). SQLite runs in WAL mode with foreign keys on and a 5 s busy timeout.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = './data/quarter.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(
  url: string = process.env.DATABASE_URL ?? DEFAULT_SQLITE_FILE,
  /** Errors of idle pooled connections (server restart, dropped database): reported, never thrown. */
  onIdleError: (err: Error) => void = () => {},
): DbHandle {
  if (isPostgresUrl(url)) {
    // COUNT(*) and bigint come back as strings; repositories convert with Number().
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // Without a listener, a backend terminating an idle connection would crash the process; the
    // pool replaces the connection on next use.
    pool.on('error', onIdleError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
