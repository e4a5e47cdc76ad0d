// `npm test`: the whole suite, as CI runs it. Builds what the suites run against (the bundled CLI and
// server, the web app), checks types, lint and the dependency rule, runs every Vitest tier (unit,
// SQLite + PostgreSQL, HTTP, browser), then the benchmark in smoke mode.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const steps = [
  ['build (node)', 'node', ['scripts/build-node.mjs']],
  ...(existsSync('web/vite.config.ts')
    ? [['build (web)', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']]]
    : []),
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  [
    'dependency rule',
    'npx',
    ['depcruise', 'src', 'web', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  ],
];
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`${name}: ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

mkdirSync('.tmp', { recursive: true });
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.tmp/vitest.json',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
let summary = '';
try {
  const j = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  summary = `${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests + j.numTodoTests} skipped`;
} catch {
  summary = '';
}
if (vitest.status !== 0) {
  if (summary) console.log(`\ntests: ${summary}`);
  process.exit(vitest.status ?? 1);
}

const bench = spawnSync('node', ['scripts/bench.mjs', '--smoke'], { stdio: 'inherit' });
if (bench.status !== 0) {
  console.error('\nbenchmark smoke run failed');
  process.exit(bench.status ?? 1);
}
console.log(`\ntests: ${summary}`);
