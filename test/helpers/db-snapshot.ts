// Whole-database snapshots for "a rejected write changes nothing" assertions: every table the
// database holds (read from its catalogue), so new modules' tables are covered without a list.
import type { Kysely } from 'kysely';
import { tableNames, type Database } from '../../src/db';

export type Snapshot = Record<string, string>;

export async function snapshot(db: Kysely<Database>, except: readonly string[] = []): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const t of await tableNames(db)) {
    if (except.includes(t)) continue;
    const rows = await db
      .selectFrom(t as keyof Database)
      .selectAll()
      .execute();
    out[t] = JSON.stringify(rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}
