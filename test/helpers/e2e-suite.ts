// Shared set-up for browser suites: one server and one chromium per test file.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, newPage, signIn, type PageOptions } from './e2e-browser';
import { ROLE_HOME, startServer, type E2ERole, type RunningServer } from './e2e-server';

export interface Suite {
  server: RunningServer;
  browser: Browser;
  /** A new signed-in page for the role, landed on its home. */
  pageAs(role: E2ERole, options?: Omit<PageOptions, 'baseURL'>): Promise<Awaited<ReturnType<typeof newPage>>>;
  /** A new page with no session. */
  anonymousPage(options?: Omit<PageOptions, 'baseURL'>): Promise<Awaited<ReturnType<typeof newPage>>>;
}

export function useE2ESuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.anonymousPage = (options) => newPage(suite.browser, { baseURL: suite.server.baseURL, ...options });
  suite.pageAs = async (role, options) => {
    const opened = await suite.anonymousPage(options);
    const account = suite.server.accounts[role];
    if (!account) throw new Error(`no demo account for role ${role}`);
    await signIn(opened.page, account.phone, account.password, ROLE_HOME[role]);
    return opened;
  };
  return suite;
}

/**
 * `describe` for browser suites. Without Debian chromium they say so in one line and skip — except in
 * CI (CI=true), where a missing browser is an error: CI installs it and must run them.
 */
export function describeE2E(name: string, fn: () => void): void {
  if (chromiumAvailable()) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true')
    throw new Error(`${name}: /usr/bin/chromium is missing; CI must run the browser suites`);
  console.warn(`[e2e] ${name}: skipped, /usr/bin/chromium is not installed (apt-get install -y chromium)`);
  describe.skip(name, fn);
}
