// Tables of the table-backed job queue (src/db/queue/table-queue.ts).
export interface QueueJobsTable {
  id: string;
  name: string;
  /** JSON payload. */
  data: string;
  state: string;
  attempt: number;
  retry_limit: number;
  retry_delay_seconds: number;
  retry_backoff: number;
  expire_in_seconds: number;
  singleton_key: string | null;
  start_after: string;
  started_at: string | null;
  finished_at: string | null;
  last_error: string | null;
  created_at: string;
}

export interface QueueSchedulesTable {
  name: string;
  cron: string;
  tz: string;
  data: string;
  last_slot: string | null;
  updated_at: string;
}

export interface QueueTables {
  queue_jobs: QueueJobsTable;
  queue_schedules: QueueSchedulesTable;
}
