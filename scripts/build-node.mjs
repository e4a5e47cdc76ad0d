// Bundles the Node entry points (CLI, server, workers) to dist/ with esbuild.
// Dependencies stay external; only our TypeScript is compiled. Runs on `npm ci` (prepare).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const candidates = {
  'cli/main': 'src/cli/main.ts',
  'server/main': 'src/server/main.ts',
  'cli/access-worker': 'src/cli/access-worker.ts',
};
const entryPoints = Object.fromEntries(Object.entries(candidates).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
