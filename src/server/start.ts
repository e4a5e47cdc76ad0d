// Starts a listening server: open and migrate the database, seed the demo into an empty one,
// build the app, listen. Used by main.ts and by the browser end-to-end suites.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { SeededAccount } from '../flows/seed-demo';
import { buildApp } from './app';
import { createDeps, type CreateDepsOptions, type Deps } from './deps';
import { registerWorkers, seedDemoIfEmpty } from '../compose';

export interface StartOptions extends CreateDepsOptions {
  /** Graphs go to <dataDir>/graphs. */
  dataDir: string;
  port: number;
  host: string;
  /** Seed the demo community when the database has no circles. */
  demo: boolean;
}

export interface StartedServer {
  app: FastifyInstance;
  deps: Deps;
  address: string;
  /** Demo accounts when this start seeded them (the password is the demo one). */
  seededAccounts: SeededAccount[] | null;
  close(): Promise<void>;
}

const SESSION_SWEEP_MS = 60 * 60 * 1000;

export async function startServer(o: StartOptions): Promise<StartedServer> {
  const deps = await createDeps(o);
  let seededAccounts: SeededAccount[] | null = null;
  if (o.demo) {
    const seeded = await seedDemoIfEmpty(deps, path.join(o.dataDir, 'graphs'));
    if (seeded) {
      deps.catalogue.invalidate();
      seededAccounts = seeded.accounts;
    }
  }
  const app = await buildApp(deps);
  const sweep = setInterval(() => {
    deps.accounts.sweepExpiredSessions().catch((err: unknown) => app.log.warn({ err }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  // This process also works the job queue (the single-process default; see docs/deploy.md).
  await registerWorkers(deps);
  await deps.queue.start();
  const address = await app.listen({ port: o.port, host: o.host });
  return {
    app,
    deps,
    address,
    seededAccounts,
    close: async () => {
      clearInterval(sweep);
      await app.close();
      await deps.close();
    },
  };
}
