// Whole-database snapshots for "a rejected write changes nothing" assertions.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db';
import { TABLES } from '../../src/db/counts';

export type Snapshot = Record<string, string>;

export async function snapshot(db: Kysely<Database>, except: readonly string[] = []): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const t of TABLES) {
    if (except.includes(t)) continue;
    const rows = await db.selectFrom(t).selectAll().execute();
    out[t] = JSON.stringify(rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}
