// Merchant search understands Chinese and pinyin; filters; the English switch.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE_VIEWPORT } from '../helpers/e2e-browser';
import { describeE2E, useE2ESuite } from '../helpers/e2e-suite';

async function search(page: Page, query: string): Promise<string[]> {
  const box = page.getByTestId('merchant-search').locator('input');
  await box.fill(query);
  const response = page.waitForResponse(
    (r) => r.url().includes('/api/v1/merchants') && r.url().includes(encodeURIComponent(query)),
  );
  await box.press('Enter');
  await response;
  await page.waitForTimeout(100);
  return page.getByTestId('merchant-item').locator('.q-merchant-name').allInnerTexts();
}

describeE2E('merchant directory', () => {
  const suite = useE2ESuite();

  it('finds 修鞋 by its pinyin initials "xx" on a phone', async () => {
    const { page, context } = await suite.pageAs('resident', { viewport: PHONE_VIEWPORT });
    try {
      await page.goto('/directory');
      const names = await search(page, 'xx');
      expect(names.length).toBeGreaterThan(0);
      expect(names.some((n) => n.includes('修鞋'))).toBe(true);
      await page.screenshot({ path: '/tmp/quarter-e2e-directory-xx.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('finds 修鞋 by full pinyin and by Chinese', async () => {
    const { page, context } = await suite.pageAs('resident');
    try {
      await page.goto('/directory');
      expect((await search(page, 'xiuxie')).some((n) => n.includes('修鞋'))).toBe(true);
      expect((await search(page, '修鞋')).some((n) => n.includes('修鞋'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the open-now switch asks the server for open merchants only', async () => {
    const { page, context } = await suite.pageAs('resident');
    try {
      await page.goto('/directory');
      await page.getByTestId('merchant-item').first().waitFor();
      const response = page.waitForResponse(
        (r) => r.url().includes('/api/v1/merchants') && r.url().includes('openNow=true'),
      );
      await page.getByTestId('open-now').click();
      const body = (await (await response).json()) as { items: { openNow: boolean | null }[] };
      expect(body.items.every((m) => m.openNow === true)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('switches to English and remembers the choice', async () => {
    const { page, context } = await suite.pageAs('resident');
    try {
      await expect(page.locator('.q-page-title').first().innerText()).resolves.toBe('我身边的生活圈');
      await page.getByTestId('language-switch').getByText('English').click();
      await expect(page.locator('.q-page-title').first().innerText()).resolves.toBe('My 15-minute circle');
      await page.reload();
      await page.locator('.q-page-title').first().waitFor();
      await expect(page.locator('.q-page-title').first().innerText()).resolves.toBe('My 15-minute circle');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    } finally {
      await context.close();
    }
  });
});
