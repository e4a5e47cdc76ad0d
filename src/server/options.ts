// What the HTTP face needs beyond the platform: where the web app is, cookies, limits, dev SMS mode.
import type { RouteLimits } from './types';

export interface AppOptions {
  /** Directory of the built web app; served with SPA fallback when it exists. */
  webDist: string | null;
  /** Return the SMS code in the response: the explicit development mode only (QUARTER_DEV_SMS=1 on loopback). */
  exposeDevSmsCode: boolean;
  secureCookies: boolean;
  /** Requests per minute per client. */
  rateLimit: RouteLimits;
}

export const DEFAULT_APP_OPTIONS: AppOptions = {
  webDist: null,
  exposeDevSmsCode: false,
  secureCookies: process.env.NODE_ENV === 'production',
  rateLimit: { login: 10, write: 120 },
};
