// Runs the migrations in order. The list is static so bundlers and tests need no file-system scan.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema';
import * as m0001 from './migrations/0001-initial';
import * as m0002 from './migrations/0002-evaluation';
import * as m0003 from './migrations/0003-spine';
import * as m0004 from './migrations/0004-residents';

/** In name order. Modules add theirs with one line (numbered by module: 0010 commerce, 0020 services …). */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-evaluation': m0002,
  '0003-spine': m0003,
  '0004-residents': m0004,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Migrations are written against an untyped schema: they create it.
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
