// Sessions and CSRF.
// - Session: random 256-bit token in the httpOnly SameSite=Lax cookie `q_session` (7 days); the
//   database keeps only its SHA-256, so a leaked table does not leak sessions.
// - CSRF: every write (POST/PUT/PATCH/DELETE) needs header x-csrf-token. With a session it must equal
//   the session's token (from GET /api/v1/auth/csrf). Before sign-in (login and SMS routes only) it
//   must equal the httpOnly `q_csrf` cookie that GET /api/v1/auth/csrf set: a double-submit token a
//   cross-site page can neither read nor choose. SameSite=Lax on the session cookie is a second line.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_DAYS } from '../core/accounts';
import type { Access } from '../core/kernel';
import type { AccountsService } from '../core/accounts';
import { HttpProblem, problem } from './problems';
import './types';

export const SESSION_COOKIE = 'q_session';
export const CSRF_COOKIE = 'q_csrf';
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function setSessionCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function setCsrfCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api',
    maxAge: 86_400,
  });
}

export function installAuth(app: FastifyInstance, deps: { accounts: AccountsService; access: Access }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionCsrf', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await deps.accounts.resolveSession(token);
      if (found) {
        request.user = found.user;
        request.actor = { userId: found.user.id, roles: found.user.roles };
        request.sessionToken = token;
        request.sessionCsrf = found.csrfToken;
      }
    }
    const config = request.routeOptions.config;
    if (!request.routeOptions.url) return; // unknown route: the 404 handler answers
    if (config.access !== 'public' && !request.actor) {
      throw new HttpProblem(problem(401, 'Q_ACCOUNTS_UNAUTHENTICATED', 'Sign in first', 'this route needs a session'));
    }
    // Route-level check before any body is read or stored: the caller must hold the action somewhere.
    if (config.access !== 'public' && config.action && config.action !== 'session') {
      if (!deps.access.holdsAnywhere(request.actor, config.action)) {
        throw new HttpProblem(
          problem(403, 'Q_ACCESS_FORBIDDEN', 'Not allowed for your role', `your roles do not allow ${config.action}`),
        );
      }
    }
    if (WRITE.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      const sent = Array.isArray(header) ? header[0] : header;
      const ok =
        sameToken(sent, request.sessionCsrf) ||
        (config.csrf === 'pre-session' && sameToken(sent, request.cookies[CSRF_COOKIE]));
      if (!ok) {
        throw new HttpProblem(
          problem(
            403,
            'Q_HTTP_CSRF',
            'CSRF token missing or wrong',
            'send header x-csrf-token from GET /api/v1/auth/csrf',
          ),
        );
      }
    }
  });
}
