import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** An API failure with the HTTP status and the server's error code (Q_<MODULE>_<REASON>). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Same-origin client: cookies travel automatically, the CSRF token is added to writes. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

let csrfToken: Promise<string> | undefined;

/** Fetches the CSRF token once and reuses it until the session changes. */
function getCsrfToken(): Promise<string> {
  csrfToken ??= api.GET('/api/v1/auth/csrf').then(({ data, response }) => {
    if (!data) {
      csrfToken = undefined;
      throw new ApiError(response.status, undefined, 'csrf');
    }
    return data.token;
  });
  return csrfToken;
}

/** Call after sign-in and sign-out: the server may tie the token to the session. */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

const csrfMiddleware: Middleware = {
  async onRequest({ request }) {
    if (!WRITE_METHODS.has(request.method)) return undefined;
    request.headers.set('x-csrf-token', await getCsrfToken());
    return request;
  },
};
api.use(csrfMiddleware);

/** Problem details (RFC 9457) with our error code; older shapes are tolerated. */
interface ErrorBody {
  code?: string;
  title?: string;
  detail?: string;
  message?: string;
}

/** Turns an openapi-fetch result into data or a thrown ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  const body = (result.error ?? {}) as ErrorBody;
  throw new ApiError(
    result.response.status,
    body.code,
    body.detail ?? body.title ?? body.message ?? result.response.statusText,
  );
}
