// Queue handlers and recurring schedules of every module, registered by the processes that work jobs
// (the single-process default, or `QUARTER_ROLE=worker` processes on PostgreSQL). A module adds its
// registration here (one line); handlers call services and must be idempotent.
import type { Platform } from './platform';

export type WorkerRegistration = (p: Platform) => Promise<void>;

const REGISTRATIONS: readonly WorkerRegistration[] = [];

export async function registerWorkers(p: Platform): Promise<void> {
  for (const register of REGISTRATIONS) await register(p);
}
