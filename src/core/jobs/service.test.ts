import { describe, expect, it } from 'vitest';
import type { Job } from './model';
import { createAccess } from '../kernel';
import { JOBS_POLICY } from './policy';
import { JobsService } from './service';

describe('JobsService', () => {
  it('moves queued → running → succeeded and refuses to reopen a finished job', async () => {
    const store = new Map<string, Job>();
    let n = 0;
    const jobs = new JobsService({
      jobs: {
        insert: async (j) => void store.set(j.id, j),
        get: async (id) => store.get(id),
        update: async (id, f) => void store.set(id, { ...store.get(id)!, ...f }),
      },
      clock: { now: () => '2026-03-04T01:00:00.000Z' },
      ids: { next: (p) => `${p}_${++n}` },
      access: createAccess([JOBS_POLICY]),
    });
    const job = await jobs.create('import:merchants', 'usr_1');
    await jobs.progress(job.id, 'validate', 0.2);
    await jobs.succeed(job.id, { inserted: 3 });
    expect(store.get(job.id)).toMatchObject({ status: 'succeeded', progress: 1, report: { inserted: 3 } });
    await expect(jobs.progress(job.id, 'again', 0.5)).rejects.toMatchObject({ code: 'Q_JOBS_BAD_TRANSITION' });
    const me = { userId: 'usr_1', roles: [{ role: 'operator_staff' as const, circleId: 'cir_a' }] };
    const other = { userId: 'usr_2', roles: [{ role: 'operator_staff' as const, circleId: 'cir_a' }] };
    expect((await jobs.get(me, job.id)).id).toBe(job.id);
    await expect(jobs.get(other, job.id)).rejects.toMatchObject({ code: 'Q_JOBS_NOT_FOUND' });
  });
});
