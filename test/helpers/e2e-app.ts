// Starts the Quarter server in-process for the browser suites: createDeps on a temporary
// SQLite file, the demo seeded into it, buildApp serving web/dist, listening on a free port.
import { buildApp } from '../../src/server/app';
import { createDeps } from '../../src/server/deps';
import { createLogger } from '../../src/compose/logging';
import { seedDemo } from '../../src/flows/seed-demo';
import { WEB_DIST } from './e2e-web-build';
import type { DemoAccount, E2ERole } from './e2e-server';

export interface StartedApp {
  baseURL: string;
  accounts: Record<E2ERole, DemoAccount>;
  close(): Promise<void>;
}

export async function startE2EApp(options: { databasePath: string; dir: string }): Promise<StartedApp> {
  const deps = await createDeps({
    databaseUrl: options.databasePath,
    logger: createLogger({ level: process.env.QUARTER_E2E_LOG ?? 'warn' }),
    // Every test signs in from 127.0.0.1: lift the per-client limits.
    options: {
      webDist: WEB_DIST,
      secureCookies: false,
      exposeDevSmsCode: true,
      rateLimit: { login: 10_000, write: 10_000 },
    },
  });
  try {
    const seeded = await seedDemo(
      {
        catalogue: deps.repos.catalogue,
        circles: deps.repos.circles,
        merchants: deps.repos.merchants,
        residences: deps.repos.residences,
        users: deps.repos.users,
        hasher: deps.hasher,
        ids: deps.ids,
        clock: deps.clock,
      },
      { graphDir: options.dir },
    );
    const accounts = {} as Record<E2ERole, DemoAccount>;
    for (const a of seeded.accounts) accounts[a.role] ??= { phone: a.phone, password: a.password };
    const app = await buildApp(deps);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server did not report a TCP port');
    return {
      baseURL: `http://127.0.0.1:${address.port}`,
      accounts,
      close: async () => {
        await app.close();
        await deps.close();
      },
    };
  } catch (err) {
    await deps.close();
    throw err;
  }
}
