// Entry point: PORT (3000), HOST (127.0.0.1), DATABASE_URL (./data/quarter.db or postgres://…),
// QUARTER_DATA (./data), QUARTER_DEMO (seed the demo into an empty database unless '0'),
// QUARTER_WEB_DIST (web/dist). Stops gracefully on SIGINT/SIGTERM.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './start';

export async function main(): Promise<void> {
  const dataDir = process.env.QUARTER_DATA ?? './data';
  const server = await startServer({
    dataDir,
    databaseUrl: process.env.DATABASE_URL ?? path.join(dataDir, 'quarter.db'),
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    demo: process.env.QUARTER_DEMO !== '0',
    options: { webDist: process.env.QUARTER_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url)) },
  });
  if (server.seededAccounts) {
    const lines = server.seededAccounts.map((a) => `  ${a.phone}  ${a.role.padEnd(15)} ${a.password}  ${a.name}`);
    process.stdout.write(`Demo data loaded. Demo accounts (phone, role, password):\n${lines.join('\n')}\n`);
  }
  process.stdout.write(`Quarter listening on ${server.address}\n`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isEntry) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
