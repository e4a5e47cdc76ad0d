// Job bookkeeping: create, report progress, finish. Reading checks the policy (creator or admin).
import type { Actor } from '../kernel';
import { JobsError } from './errors';
import { JOB_TRANSITIONS, type Job, type JobStatus } from './model';
import type { JobsPorts } from './ports';

export class JobsService {
  constructor(private readonly p: JobsPorts) {}

  async create(kind: string, createdBy: string | null): Promise<Job> {
    const now = this.p.clock.now();
    const job: Job = {
      id: this.p.ids.next('job'),
      kind,
      status: 'queued',
      progress: 0,
      stage: null,
      report: null,
      createdBy,
      createdAt: now,
      updatedAt: now,
    };
    await this.p.jobs.insert(job);
    return job;
  }

  async get(actor: Actor | null, id: string): Promise<Job> {
    const job = await this.p.jobs.get(id);
    if (!job) throw new JobsError('Q_JOBS_NOT_FOUND');
    // Someone else's job is reported as missing, so ids cannot be probed.
    if (!this.p.access.can(actor, 'jobs.read', { ownerId: job.createdBy ?? undefined }))
      throw new JobsError('Q_JOBS_NOT_FOUND');
    return job;
  }

  private async move(id: string, to: JobStatus, fields: Partial<Pick<Job, 'progress' | 'stage' | 'report'>>) {
    const job = await this.p.jobs.get(id);
    if (!job) throw new JobsError('Q_JOBS_NOT_FOUND');
    if (!JOB_TRANSITIONS[job.status].includes(to)) {
      throw new JobsError('Q_JOBS_BAD_TRANSITION', `${job.status} → ${to}`);
    }
    await this.p.jobs.update(id, { ...fields, status: to, updatedAt: this.p.clock.now() });
  }

  progress(id: string, stage: string, progress: number): Promise<void> {
    return this.move(id, 'running', { stage, progress: Math.max(0, Math.min(1, progress)) });
  }

  succeed(id: string, report: Record<string, unknown>): Promise<void> {
    return this.move(id, 'succeeded', { progress: 1, stage: 'done', report });
  }

  fail(id: string, report: Record<string, unknown>): Promise<void> {
    return this.move(id, 'failed', { stage: 'failed', report });
  }
}
