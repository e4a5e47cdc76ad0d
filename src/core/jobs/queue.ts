// The job queue port: work that outlives a request (imports, exports, expiries, escalations, nightly
// snapshots) is sent to a named queue and run by a worker, surviving restarts. Two adapters share these
// semantics: pg-boss on PostgreSQL (many processes) and a table-backed runner on SQLite (one process).
//
// Handlers must be idempotent: a job may run again after a crash (at-least-once delivery). Domain time
// rules live in services (with the Clock port); the queue only decides *when* a handler is called.
export interface QueueJob<P extends object = object> {
  id: string;
  name: string;
  data: P;
  /** 1 on the first run, 2 on the first retry … */
  attempt: number;
}

export interface SendOptions {
  /** At most one job with this key is queued or running per queue (pg-boss singletonKey). */
  singletonKey?: string;
  /** Not before this UTC instant (ISO-8601). */
  startAfter?: string;
  /** Retries after the first failure (default 2). */
  retryLimit?: number;
  /** Seconds before a retry (default 30); doubled each time with `retryBackoff`. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A running job older than this is considered dead and retried or failed (default 15 min). */
  expireInSeconds?: number;
}

export interface WorkOptions {
  /** Jobs of this queue run at once in this process (default 1). */
  concurrency?: number;
}

export type QueueHandler<P extends object> = (job: QueueJob<P>) => Promise<void>;

export type QueueJobState = 'created' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled';

export interface QueueJobInfo {
  id: string;
  name: string;
  state: QueueJobState;
  attempt: number;
  singletonKey: string | null;
  lastError: string | null;
}

export interface JobQueue {
  /** Queues a job; returns its id, or null when a job with the same singleton key is already pending. */
  send<P extends object>(name: string, data: P, options?: SendOptions): Promise<string | null>;
  /** Runs `handler` for jobs of `name` in this process (worker processes call this). */
  work<P extends object>(name: string, handler: QueueHandler<P>, options?: WorkOptions): Promise<void>;
  /** A recurring job (5-field cron, in `tz`, default Asia/Shanghai). Re-scheduling replaces it. */
  schedule(name: string, cron: string, data?: object, options?: { tz?: string }): Promise<void>;
  unschedule(name: string): Promise<void>;
  /** The state of one job (tests, the operator console). */
  getJob(id: string): Promise<QueueJobInfo | null>;
  cancel(id: string): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs and waits for running handlers (graceful shutdown). */
  stop(): Promise<void>;
}
