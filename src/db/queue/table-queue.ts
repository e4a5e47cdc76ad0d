// The job queue on a table (queue_jobs): the embedded SQLite default, one worker process. Same
// semantics as the pg-boss adapter: retries with backoff, singleton keys, cron schedules, expiry of
// jobs whose worker died, failed jobs kept as dead letters. Due jobs are claimed with a conditional
// UPDATE (state must still be what we read), so two pollers never run the same job.
import parser from 'cron-parser';
import type { Kysely } from 'kysely';
import type { JobQueue, QueueHandler, QueueJobInfo, QueueJobState, SendOptions, WorkOptions } from '../../core/jobs';
import type { Clock, IdGenerator } from '../../core/kernel';
import type { Database } from '../schema';

export interface TableQueueOptions {
  clock: Clock;
  ids: IdGenerator;
  /** How often due jobs and schedules are looked for (default 500 ms). */
  pollMs?: number;
  onError?(err: unknown, context: string): void;
}

const DEFAULTS = { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 15 * 60 };
const PENDING: QueueJobState[] = ['created', 'retry', 'active'];

interface Worker {
  handler: QueueHandler<object>;
  concurrency: number;
  running: number;
}

export class TableJobQueue implements JobQueue {
  private readonly workers = new Map<string, Worker>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Ids of the jobs this process is running (never expired under its feet). */
  private readonly runningIds = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly o: TableQueueOptions,
  ) {}

  private now(): string {
    return this.o.clock.now();
  }

  async send<P extends object>(name: string, data: P, options: SendOptions = {}): Promise<string | null> {
    const now = this.now();
    const id = this.o.ids.next('qjb');
    const row = {
      id,
      name,
      data: JSON.stringify(data),
      state: 'created',
      attempt: 0,
      retry_limit: options.retryLimit ?? DEFAULTS.retryLimit,
      retry_delay_seconds: options.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
      retry_backoff: options.retryBackoff ? 1 : 0,
      expire_in_seconds: options.expireInSeconds ?? DEFAULTS.expireInSeconds,
      singleton_key: options.singletonKey ?? null,
      start_after: options.startAfter ?? now,
      started_at: null,
      finished_at: null,
      last_error: null,
      created_at: now,
    };
    if (options.singletonKey) {
      // The partial unique index makes this atomic; the pre-check only avoids a noisy constraint error.
      const pending = await this.db
        .selectFrom('queue_jobs')
        .select('id')
        .where('name', '=', name)
        .where('singleton_key', '=', options.singletonKey)
        .where('state', 'in', PENDING)
        .executeTakeFirst();
      if (pending) return null;
      try {
        await this.db.insertInto('queue_jobs').values(row).execute();
      } catch (err) {
        if (/unique|duplicate/i.test((err as Error).message)) return null;
        throw err;
      }
      return id;
    }
    await this.db.insertInto('queue_jobs').values(row).execute();
    return id;
  }

  async work<P extends object>(name: string, handler: QueueHandler<P>, options: WorkOptions = {}): Promise<void> {
    this.workers.set(name, {
      handler: handler as QueueHandler<object>,
      concurrency: Math.max(1, options.concurrency ?? 1),
      running: 0,
    });
  }

  async schedule(name: string, cron: string, data: object = {}, options: { tz?: string } = {}): Promise<void> {
    const tz = options.tz ?? 'Asia/Shanghai';
    parser.parseExpression(cron, { tz }); // throws on a bad expression, before anything is stored
    const now = this.now();
    const row = { name, cron, tz, data: JSON.stringify(data), last_slot: now, updated_at: now };
    await this.db
      .insertInto('queue_schedules')
      .values(row)
      .onConflict((oc) => oc.column('name').doUpdateSet({ cron, tz, data: row.data, updated_at: now }))
      .execute();
  }

  async unschedule(name: string): Promise<void> {
    await this.db.deleteFrom('queue_schedules').where('name', '=', name).execute();
  }

  async getJob(id: string): Promise<QueueJobInfo | null> {
    const r = await this.db.selectFrom('queue_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    return {
      id: r.id,
      name: r.name,
      state: r.state as QueueJobState,
      attempt: r.attempt,
      singletonKey: r.singleton_key,
      lastError: r.last_error,
    };
  }

  async cancel(id: string): Promise<void> {
    await this.db
      .updateTable('queue_jobs')
      .set({ state: 'cancelled', finished_at: this.now() })
      .where('id', '=', id)
      .where('state', 'in', ['created', 'retry'])
      .execute();
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    // Jobs left active by a process that died are retried or failed by their rule, never left running.
    await this.recoverAbandoned();
    const pollMs = this.o.pollMs ?? 500;
    const loop = () => {
      if (this.stopped) return;
      this.polling = this.poll()
        .catch((err: unknown) => this.o.onError?.(err, 'queue poll'))
        .finally(() => {
          this.polling = null;
          if (!this.stopped) this.timer = setTimeout(loop, pollMs);
        });
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Runs every due job and schedule now and waits until none is due (tests; `quarter jobs run`). */
  async drain(): Promise<void> {
    for (;;) {
      const started = await this.pollOnce();
      while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
      if (started === 0) return;
    }
  }

  private async poll(): Promise<void> {
    await this.pollOnce();
  }

  private async pollOnce(): Promise<number> {
    await this.fireSchedules();
    await this.expireStale();
    let started = 0;
    for (const [name, w] of this.workers) {
      while (w.running < w.concurrency) {
        const job = await this.claim(name);
        if (!job) break;
        started++;
        w.running++;
        this.runningIds.add(job.id);
        const task = this.run(w, job).finally(() => {
          w.running--;
          this.runningIds.delete(job.id);
          this.inFlight.delete(task);
        });
        this.inFlight.add(task);
      }
    }
    return started;
  }

  private async claim(name: string) {
    const now = this.now();
    for (let tries = 0; tries < 5; tries++) {
      const due = await this.db
        .selectFrom('queue_jobs')
        .selectAll()
        .where('name', '=', name)
        .where('state', 'in', ['created', 'retry'])
        .where('start_after', '<=', now)
        .orderBy('start_after')
        .orderBy('created_at')
        .limit(1)
        .executeTakeFirst();
      if (!due) return null;
      const res = await this.db
        .updateTable('queue_jobs')
        .set({ state: 'active', attempt: due.attempt + 1, started_at: now })
        .where('id', '=', due.id)
        .where('state', '=', due.state)
        .where('attempt', '=', due.attempt)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) return { ...due, attempt: due.attempt + 1 };
    }
    return null;
  }

  private async run(w: Worker, row: Database['queue_jobs']): Promise<void> {
    try {
      await w.handler({ id: row.id, name: row.name, data: JSON.parse(row.data) as object, attempt: row.attempt });
      await this.db
        .updateTable('queue_jobs')
        .set({ state: 'completed', finished_at: this.now() })
        .where('id', '=', row.id)
        .where('state', '=', 'active')
        .execute();
    } catch (err) {
      this.o.onError?.(err, `job ${row.name} ${row.id}`);
      await this.failOrRetry(row, err instanceof Error ? err.message : String(err));
    }
  }

  private async failOrRetry(row: Database['queue_jobs'], error: string): Promise<void> {
    const now = this.now();
    const retriesUsed = row.attempt - 1;
    if (retriesUsed < row.retry_limit) {
      const delay = row.retry_delay_seconds * (row.retry_backoff ? 2 ** retriesUsed : 1);
      await this.db
        .updateTable('queue_jobs')
        .set({
          state: 'retry',
          start_after: new Date(Date.parse(now) + delay * 1000).toISOString(),
          last_error: error.slice(0, 2000),
        })
        .where('id', '=', row.id)
        .execute();
    } else {
      // Kept as a dead letter: state failed with its last error, for the operator and for a re-run.
      await this.db
        .updateTable('queue_jobs')
        .set({ state: 'failed', finished_at: now, last_error: error.slice(0, 2000) })
        .where('id', '=', row.id)
        .execute();
    }
  }

  /** Active jobs past their expiry: their worker died or hung. */
  private async expireStale(): Promise<void> {
    const now = Date.parse(this.now());
    const active = await this.db.selectFrom('queue_jobs').selectAll().where('state', '=', 'active').execute();
    for (const row of active) {
      const started = row.started_at ? Date.parse(row.started_at) : 0;
      if (now - started > row.expire_in_seconds * 1000 && !this.runningIds.has(row.id)) {
        await this.failOrRetry(row, 'expired: the worker stopped before finishing');
      }
    }
  }

  /** At start-up nothing of ours runs yet, so every active job belongs to a process that died. */
  private async recoverAbandoned(): Promise<void> {
    const active = await this.db.selectFrom('queue_jobs').selectAll().where('state', '=', 'active').execute();
    for (const row of active) await this.failOrRetry(row, 'abandoned: the worker process exited while running it');
  }

  private async fireSchedules(): Promise<void> {
    const now = this.now();
    const schedules = await this.db.selectFrom('queue_schedules').selectAll().execute();
    for (const s of schedules) {
      // The latest occurrence at or before now; a schedule that missed several occurrences (server
      // down) runs once, not once per miss.
      const next = parser
        .parseExpression(s.cron, { tz: s.tz, currentDate: new Date(Date.parse(now) + 1) })
        .prev()
        .toDate()
        .toISOString();
      if (s.last_slot !== null && next <= s.last_slot) continue;
      // Claim the occurrence: only the poller that moves last_slot forward queues the job.
      const res = await this.db
        .updateTable('queue_schedules')
        .set({ last_slot: next })
        .where('name', '=', s.name)
        .where('last_slot', s.last_slot === null ? 'is' : '=', s.last_slot)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) continue;
      await this.send(s.name, JSON.parse(s.data) as object, { singletonKey: `schedule:${s.name}` });
    }
  }
}
