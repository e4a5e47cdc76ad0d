// Headless Debian chromium driven by playwright-core. With its default arguments
// chromium renders WebGL2 through SwiftShader, which is what MapLibre needs here.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.QUARTER_CHROMIUM ?? '/usr/bin/chromium';

export const PHONE_VIEWPORT = { width: 375, height: 812 } as const;
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  baseURL: string;
  viewport?: { width: number; height: number };
  locale?: string;
}

/** A fresh context (own cookies and storage) and page; API calls are recorded for assertions. */
export async function newPage(
  browser: Browser,
  options: PageOptions,
): Promise<{ context: BrowserContext; page: Page; apiCalls: ApiCall[] }> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: options.viewport ?? DESKTOP_VIEWPORT,
    locale: options.locale ?? 'zh-CN',
    isMobile: options.viewport?.width === PHONE_VIEWPORT.width,
    hasTouch: options.viewport?.width === PHONE_VIEWPORT.width,
  });
  const page = await context.newPage();
  const apiCalls: ApiCall[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/api/'))
      apiCalls.push({ method: res.request().method(), path: url.pathname, status: res.status() });
  });
  return { context, page, apiCalls };
}

export interface ApiCall {
  method: string;
  path: string;
  status: number;
}

/** Signs in through the password tab and waits until the role's home has loaded. */
export async function signIn(page: Page, phone: string, password: string, home: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('password-form');
  await form.locator('input').first().fill(phone);
  await form.locator('input[type="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === home, { timeout: 20_000 });
}

/** Waits until the map has rendered its data (MapView sets data-map-status after 'idle'). */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('[data-testid="map"][data-map-status="ready"]').first().waitFor({ timeout: 30_000 });
}

/**
 * Share of pixels in a PNG that differ from the map background colour. Decodes the
 * screenshot in the page itself (the browser has a PNG decoder; Node has none built in).
 */
export async function drawnPixelShare(page: Page, png: Buffer, background: string): Promise<number> {
  const b64 = png.toString('base64');
  return page.evaluate(
    async ({ b64, background }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]);
        if (d > 24) drawn++;
      }
      return drawn / (data.length / 4);
    },
    { b64, background },
  );
}
