import { defineConfig } from 'vitest/config';

// One runner for every tier: colocated unit tests (src/, web/), cross-cutting suites (test/).
// Browser suites live in test/e2e and drive Debian chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
