// The platform spine: city-level officer grants and the table-backed job queue (the SQLite adapter;
// on PostgreSQL pg-boss keeps its own schema, but the tables exist on both so one schema serves both).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('role_grants').addColumn('city_code', 'text').execute();

  await db.schema
    .createTable('queue_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retry_limit', 'integer', (c) => c.notNull())
    .addColumn('retry_delay_seconds', 'integer', (c) => c.notNull())
    .addColumn('retry_backoff', 'integer', (c) => c.notNull())
    .addColumn('expire_in_seconds', 'integer', (c) => c.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('start_after', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('queue_jobs_due').on('queue_jobs').columns(['state', 'name', 'start_after']).execute();
  // One pending (queued, retrying or running) job per singleton key and queue.
  await sql`CREATE UNIQUE INDEX queue_jobs_singleton ON queue_jobs (name, singleton_key)
    WHERE singleton_key IS NOT NULL AND state IN ('created', 'retry', 'active')`.execute(db);

  await db.schema
    .createTable('queue_schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('cron', 'text', (c) => c.notNull())
    .addColumn('tz', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    /** The last minute (UTC ISO) a job was queued for, so each occurrence is queued once. */
    .addColumn('last_slot', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('queue_schedules').ifExists().execute();
  await db.schema.dropTable('queue_jobs').ifExists().execute();
  await db.schema.alterTable('role_grants').dropColumn('city_code').execute();
}
