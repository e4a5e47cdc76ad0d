#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `npm ci` (prepare) or `npm run build:node`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('quarter: dist/cli/main.js is missing; run `npm run build:node` first\n');
  process.exit(2);
}
await import(main);
