// The table-backed job queue on both databases: run once, retry with backoff, dead letters, singleton
// keys, cron schedules fired once per occurrence, abandoned jobs recovered at start-up, and no job run
// twice by two pollers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock, RandomIds } from '../../src/compose/adapters/ids';
import { type DbHandle, migrateToLatest, openDatabase, TableJobQueue } from '../../src/db';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db-databases';

const engines = await testEngines();
const T0 = '2026-03-04T01:00:00.000Z';

describe.each(engines)('table job queue on %s', (engine) => {
  let tdb: TestDatabase;
  let h: DbHandle;
  let clock: FixedClock;
  const ids = new RandomIds();
  const queue = () => new TableJobQueue(h.db, { clock, ids, pollMs: 60_000 });

  beforeAll(async () => {
    tdb = await createTestDatabase(engine);
    h = openDatabase(tdb.url);
    await migrateToLatest(h.db);
  });
  afterAll(async () => {
    await h?.close();
    await tdb?.drop();
  });
  beforeEach(async () => {
    clock = new FixedClock(T0);
    await h.db.deleteFrom('queue_jobs').execute();
    await h.db.deleteFrom('queue_schedules').execute();
  });

  it('runs a job once with its data, and only when it is due', async () => {
    const q = queue();
    const seen: unknown[] = [];
    await q.work<{ n: number }>('t.run', async (job) => void seen.push([job.data.n, job.attempt]));
    const now = await q.send('t.run', { n: 1 });
    await q.send('t.run', { n: 2 }, { startAfter: '2026-03-04T01:10:00.000Z' });
    await q.drain();
    expect(seen).toEqual([[1, 1]]);
    expect((await q.getJob(now!))?.state).toBe('completed');
    clock.set('2026-03-04T01:10:00.000Z');
    await q.drain();
    expect(seen).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('retries with backoff, then keeps the job as a dead letter with its error', async () => {
    const q = queue();
    let calls = 0;
    await q.work('t.fail', async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    });
    const id = await q.send('t.fail', {}, { retryLimit: 2, retryDelaySeconds: 10, retryBackoff: true });
    await q.drain();
    expect(calls).toBe(1);
    expect(await q.getJob(id!)).toMatchObject({ state: 'retry', attempt: 1, lastError: 'boom 1' });
    clock.set('2026-03-04T01:00:09.000Z'); // not yet: 10 s
    await q.drain();
    expect(calls).toBe(1);
    clock.set('2026-03-04T01:00:10.000Z');
    await q.drain();
    expect(calls).toBe(2);
    clock.set('2026-03-04T01:00:29.000Z'); // backoff doubled: 20 s after the second failure
    await q.drain();
    expect(calls).toBe(2);
    clock.set('2026-03-04T01:00:30.000Z');
    await q.drain();
    expect(calls).toBe(3);
    expect(await q.getJob(id!)).toMatchObject({ state: 'failed', attempt: 3, lastError: 'boom 3' });
    clock.set('2026-03-05T01:00:00.000Z');
    await q.drain();
    expect(calls).toBe(3);
  });

  it('keeps one pending job per singleton key, and takes the key again once it finished', async () => {
    const q = queue();
    let runs = 0;
    await q.work('t.single', async () => void runs++);
    const a = await q.send('t.single', {}, { singletonKey: 'cir_1' });
    const b = await q.send('t.single', {}, { singletonKey: 'cir_1' });
    const other = await q.send('t.single', {}, { singletonKey: 'cir_2' });
    expect(a).not.toBeNull();
    expect(b).toBeNull();
    expect(other).not.toBeNull();
    await q.drain();
    expect(runs).toBe(2);
    expect(await q.send('t.single', {}, { singletonKey: 'cir_1' })).not.toBeNull();
  });

  it('fires a cron schedule once per occurrence in the schedule’s time zone, and once after a long outage', async () => {
    const q = queue();
    const runs: string[] = [];
    await q.work('t.nightly', async () => void runs.push(clock.now()));
    // 02:00 Asia/Shanghai = 18:00 UTC the day before.
    await q.schedule('t.nightly', '0 2 * * *', {}, { tz: 'Asia/Shanghai' });
    await q.drain();
    expect(runs).toEqual([]);
    clock.set('2026-03-04T17:59:59.000Z');
    await q.drain();
    expect(runs).toEqual([]);
    clock.set('2026-03-04T18:00:30.000Z');
    await q.drain();
    await q.drain();
    expect(runs).toHaveLength(1);
    clock.set('2026-03-09T18:00:30.000Z'); // five nights missed: one catch-up run, not five
    await q.drain();
    expect(runs).toHaveLength(2);
    await expect(q.schedule('t.bad', 'not a cron')).rejects.toThrow();
  });

  it('recovers jobs a dead process left running: retried if attempts remain, failed otherwise', async () => {
    const crashed = queue();
    const a = await crashed.send('t.crash', { k: 'a' }, { retryLimit: 1 });
    const b = await crashed.send('t.crash', { k: 'b' }, { retryLimit: 0 });
    // Simulate a worker that claimed both and died (kill -9): rows stay 'active'.
    await h.db.updateTable('queue_jobs').set({ state: 'active', attempt: 1, started_at: T0 }).execute();
    const restarted = queue();
    const ran: string[] = [];
    await restarted.work<{ k: string }>('t.crash', async (job) => void ran.push(job.data.k));
    await restarted.start();
    await restarted.stop();
    expect(await restarted.getJob(a!)).toMatchObject({ state: 'retry' });
    expect(await restarted.getJob(b!)).toMatchObject({ state: 'failed' });
    clock.set('2026-03-04T02:00:00.000Z');
    await restarted.drain();
    expect(ran).toEqual(['a']);
    expect((await restarted.getJob(b!))?.lastError).toMatch(/abandoned/);
  });

  it('never runs a job twice when two pollers race for it', async () => {
    const q1 = queue();
    const q2 = queue();
    const runs = new Map<number, number>();
    const handler = async (job: { data: { i: number } }) => void runs.set(job.data.i, (runs.get(job.data.i) ?? 0) + 1);
    await q1.work('t.race', handler, { concurrency: 4 });
    await q2.work('t.race', handler, { concurrency: 4 });
    for (let i = 0; i < 40; i++) await q1.send('t.race', { i });
    await Promise.all([q1.drain(), q2.drain()]);
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });
});
