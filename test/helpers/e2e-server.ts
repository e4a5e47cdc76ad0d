// Starts the real Quarter server for browser tests: a temporary SQLite database
// loaded with the demo data, listening on a free port and serving web/dist.
// QUARTER_E2E_BASE_URL points the suites at an already running server instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuild } from './e2e-web-build';

export type E2ERole = 'resident' | 'merchant_staff' | 'operator_staff' | 'inspector' | 'officer' | 'admin';

export interface DemoAccount {
  phone: string;
  password: string;
}

export interface RunningServer {
  baseURL: string;
  accounts: Record<E2ERole, DemoAccount>;
  close(): Promise<void>;
}

export const ROLE_HOME: Record<E2ERole, string> = {
  resident: '/resident',
  merchant_staff: '/merchant',
  operator_staff: '/operator',
  inspector: '/inspector',
  officer: '/officer',
  admin: '/admin',
};

export const ROLES = Object.keys(ROLE_HOME) as E2ERole[];

function externalServer(baseURL: string): RunningServer {
  const accounts = JSON.parse(process.env.QUARTER_E2E_ACCOUNTS ?? '{}') as Record<E2ERole, DemoAccount>;
  return { baseURL, accounts, close: async () => {} };
}

export async function startServer(): Promise<RunningServer> {
  await ensureWebBuild();
  const external = process.env.QUARTER_E2E_BASE_URL;
  if (external) return externalServer(external);
  const dir = mkdtempSync(join(tmpdir(), 'quarter-e2e-'));
  const { startE2EApp } = await import('./e2e-app');
  try {
    const app = await startE2EApp({ databasePath: join(dir, 'quarter.sqlite'), dir });
    return {
      baseURL: app.baseURL,
      accounts: app.accounts,
      close: async () => {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
