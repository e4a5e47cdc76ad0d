import type { Kysely } from 'kysely';
import type { Job, JobRepository, JobStatus } from '../../core/jobs';
import type { Database } from '../schema';

export class JobRepo implements JobRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(j: Job): Promise<void> {
    await this.db
      .insertInto('jobs')
      .values({
        id: j.id,
        kind: j.kind,
        status: j.status,
        progress: j.progress,
        stage: j.stage,
        report: j.report ? JSON.stringify(j.report) : null,
        created_by: j.createdBy,
        created_at: j.createdAt,
        updated_at: j.updatedAt,
      })
      .execute();
  }

  async get(id: string): Promise<Job | undefined> {
    const r = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status as JobStatus,
      progress: Number(r.progress),
      stage: r.stage,
      report: r.report ? (JSON.parse(r.report) as Record<string, unknown>) : null,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  async update(
    id: string,
    f: Partial<Pick<Job, 'status' | 'progress' | 'stage' | 'report' | 'updatedAt'>>,
  ): Promise<void> {
    const set: Record<string, unknown> = {};
    if (f.status !== undefined) set.status = f.status;
    if (f.progress !== undefined) set.progress = f.progress;
    if (f.stage !== undefined) set.stage = f.stage;
    if (f.report !== undefined) set.report = f.report ? JSON.stringify(f.report) : null;
    if (f.updatedAt !== undefined) set.updated_at = f.updatedAt;
    if (Object.keys(set).length) await this.db.updateTable('jobs').set(set).where('id', '=', id).execute();
  }
}
