import { ApiError } from '../../api/client';

/** The i18n key explaining a failed sign-in. */
export function authErrorKey(err: unknown, fallback: string): string {
  if (err instanceof ApiError && err.status === 429) return 'auth.rateLimited';
  return fallback;
}

export const PHONE_PATTERN = /^1\d{10}$/;
