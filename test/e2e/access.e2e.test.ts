// A resident cannot open operator pages: the web app shows 403 and fetches no
// operator data, and the server refuses the operator API as well.
import { expect, it } from 'vitest';
import { PHONE_VIEWPORT } from '../helpers/e2e-browser';
import { describeE2E, useE2ESuite } from '../helpers/e2e-suite';

describeE2E('role guards', () => {
  const suite = useE2ESuite();

  it('a resident opening /operator sees 无权访问 and no operator data is fetched', async () => {
    const { page, context, apiCalls } = await suite.pageAs('resident', { viewport: PHONE_VIEWPORT });
    try {
      apiCalls.length = 0;
      await page.goto('/operator');
      await page.getByTestId('forbidden').waitFor();
      await expect(page.getByTestId('forbidden').innerText()).resolves.toContain('无权访问');
      await expect(page.getByTestId('operator-home').count()).resolves.toBe(0);
      await page.waitForTimeout(300);
      const fetched = apiCalls.map((c) => c.path);
      expect(fetched.filter((p) => p.startsWith('/api/v1/residences') || p.startsWith('/api/v1/users'))).toEqual([]);
      await page.screenshot({ path: '/tmp/quarter-e2e-forbidden.png' });
    } finally {
      await context.close();
    }
  });

  it('the server refuses operator and admin APIs to a resident', async () => {
    const { page, context } = await suite.pageAs('resident');
    try {
      const circles = await page.request.get('/api/v1/circles');
      expect(circles.status()).toBe(200);
      const { items } = (await circles.json()) as { items: { id: string }[] };
      const circleId = items[0]?.id ?? 'cir_unknown';
      const residences = await page.request.get(`/api/v1/residences?circleId=${encodeURIComponent(circleId)}`);
      expect(residences.status()).toBe(403);
      const users = await page.request.get('/api/v1/users');
      expect(users.status()).toBe(403);
    } finally {
      await context.close();
    }
  });

  it('signed-out visitors are sent to the sign-in page', async () => {
    const { page, context } = await suite.anonymousPage();
    try {
      await page.goto('/operator');
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/operator');
    } finally {
      await context.close();
    }
  });

  it('an operator may open the operator console', async () => {
    const { page, context } = await suite.pageAs('operator_staff');
    try {
      await page.getByTestId('operator-home').waitFor();
      await expect(page.getByTestId('forbidden').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
