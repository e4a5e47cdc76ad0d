// Resident profiles (one per user): home compound, address, birth date, verified flags, consent.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resident_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('circle_id', 'text', (c) => c.notNull().references('circles.id'))
    .addColumn('residence_id', 'text', (c) => c.references('residences.id'))
    .addColumn('address', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('elderly_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resident_profiles_circle')
    .on('resident_profiles')
    .columns(['circle_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('resident_profiles').ifExists().execute();
}
