// Every table of the database, read from the catalogue (so a module's new tables are never missed), and
// their row counts (tests compare them before and after a refused write).
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Our tables, in name order: SQLite's catalogue or PostgreSQL's public schema, minus bookkeeping. */
export async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const isSqlite = db.getExecutor().adapter.constructor.name.toLowerCase().includes('sqlite');
  const rows = isSqlite
    ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db)
    : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

/** Row counts of every table. */
export async function tableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await tableNames(db)) {
    const { n } = await db
      .selectFrom(t as keyof Database)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(n);
  }
  return out;
}
