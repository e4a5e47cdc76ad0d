// Each role signs in and lands on its home; map-first homes draw the circle.
import { expect, it } from 'vitest';
import { drawnPixelShare, PHONE_VIEWPORT, waitForMap } from '../helpers/e2e-browser';
import { ROLE_HOME, ROLES } from '../helpers/e2e-server';
import { describeE2E, useE2ESuite } from '../helpers/e2e-suite';

// The map background colour in web/src/map/map-style.ts.
const MAP_BACKGROUND = '#f3efe6';

describeE2E('signing in as each role', () => {
  const suite = useE2ESuite();

  it.each(ROLES)('%s lands on its home page', async (role) => {
    const { page, context } = await suite.pageAs(role, role === 'resident' ? { viewport: PHONE_VIEWPORT } : {});
    try {
      expect(new URL(page.url()).pathname).toBe(ROLE_HOME[role]);
      await page.locator('.q-page-title').first().waitFor();
      // `/` sends the user back to the same home.
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === ROLE_HOME[role]);
    } finally {
      await context.close();
    }
  });

  it.each(['resident', 'operator_staff', 'officer'] as const)(
    'the %s map draws streets, buildings and merchants',
    async (role) => {
      const viewport = role === 'resident' ? PHONE_VIEWPORT : undefined;
      const { page, context } = await suite.pageAs(role, { viewport });
      try {
        await waitForMap(page);
        const map = page.getByTestId('map').first();
        const png = await map.screenshot({ path: `/tmp/quarter-e2e-map-${role}.png` });
        const share = await drawnPixelShare(page, png, MAP_BACKGROUND);
        expect(share).toBeGreaterThan(0.02);
        await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toContain(
          '© OpenStreetMap contributors',
        );
      } finally {
        await context.close();
      }
    },
  );

  it('the resident home fits a 375 px phone without horizontal scrolling', async () => {
    const { page, context } = await suite.pageAs('resident', { viewport: PHONE_VIEWPORT });
    try {
      await waitForMap(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: '/tmp/quarter-e2e-resident-phone.png', fullPage: true });
    } finally {
      await context.close();
    }
  });
});
