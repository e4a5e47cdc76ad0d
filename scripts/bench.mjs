// `npm run bench [-- --smoke]`: bundles the CLI if needed and runs bench/run.ts with tsx.
// --smoke (what CI runs) uses small sizes and few repetitions: it checks the benchmark works,
// the figures it prints are not meant to be quoted.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli/main.js')) {
  const b = spawnSync('node', ['scripts/build-node.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync('npx', ['tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
