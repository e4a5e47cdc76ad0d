// Builds web/dist once when it is missing or older than the web sources, so the
// browser suites can run on their own; `npm test` builds it first anyway.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIST = join(root, 'web', 'dist');
const WEB_INPUTS = [join(root, 'web', 'src'), join(root, 'web', 'index.html'), join(root, 'web', 'vite.config.ts')];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return WEB_INPUTS.some((p) => existsSync(p) && newestMtime(p) > built);
}

let building: Promise<void> | undefined;

const LOCK = join(tmpdir(), 'quarter-web-dist-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

/** A lock directory (mkdir is atomic) so parallel test files do not build into web/dist at once. */
async function withBuildLock(fn: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs the Vite production build if web/dist is missing or stale (once per process). */
export function ensureWebBuild(): Promise<void> {
  building ??= withBuildLock(async () => {
    if (!webBuildIsStale()) return;
    const { build } = await import('vite');
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  });
  return building;
}
