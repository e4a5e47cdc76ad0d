// Sign-in (password or SMS code), sign-out, the CSRF token and the current user.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SignedIn } from '../../core/accounts';
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from '../auth';
import type { AccountsService } from '../../core/accounts';
import type { RouteLimits } from '../types';
import { problemSchema } from '../problems';
import { meSchema, problemResponses } from '../schemas';
import { meView } from '../views';

const tags = ['auth'];
const signedIn = z.object({ user: meSchema });
const phone = z.string().min(5).max(20);

export interface AuthRouteOptions {
  accounts: AccountsService;
  randomToken(): string;
  limits: RouteLimits;
  secureCookies: boolean;
  /** Echo SMS codes in the response: the explicit development mode only. */
  exposeDevSmsCode: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, o) => {
  const { accounts } = o;
  const loginLimit = { max: o.limits.login, timeWindow: '1 minute' };
  const started = async (request: FastifyRequest, reply: FastifyReply, s: SignedIn) => {
    // A new sign-in replaces any session the browser already had (no session fixation).
    if (request.sessionToken) await accounts.logout(request.sessionToken);
    setSessionCookie(reply, o.secureCookies, s.sessionToken);
    return { user: meView(s.user) };
  };

  app.get(
    '/auth/csrf',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'CSRF token for writes', response: { 200: z.object({ token: z.string() }) } },
    },
    async (request, reply) => {
      if (request.sessionCsrf) return { token: request.sessionCsrf };
      const token = o.randomToken();
      setCsrfCookie(reply, o.secureCookies, token);
      return { token };
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public', csrf: 'pre-session', rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Sign in with phone and password',
        body: z.strictObject({ phone, password: z.string().min(1).max(128) }),
        response: { 200: signedIn, 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) =>
      started(request, reply, await accounts.loginWithPassword(request.body.phone, request.body.password)),
  );

  app.post(
    '/auth/sms/request',
    {
      config: { access: 'public', csrf: 'pre-session', rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Send a sign-in code by SMS',
        body: z.strictObject({ phone }),
        response: {
          200: z.object({ ok: z.boolean(), devCode: z.string().optional() }),
          400: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) => {
      const { code } = await accounts.requestSmsCode(request.body.phone);
      return o.exposeDevSmsCode ? { ok: true, devCode: code } : { ok: true };
    },
  );

  app.post(
    '/auth/sms/verify',
    {
      config: { access: 'public', csrf: 'pre-session', rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Sign in with an SMS code (new phones become residents)',
        body: z.strictObject({ phone, code: z.string().regex(/^\d{4,8}$/) }),
        response: { 200: signedIn, 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) =>
      started(request, reply, await accounts.verifySmsCode(request.body.phone, request.body.code)),
  );

  app.post(
    '/auth/logout',
    {
      config: { action: 'session' },
      schema: { tags, summary: 'Sign out', response: { 200: z.object({ ok: z.boolean() }), ...problemResponses } },
    },
    async (request, reply) => {
      if (request.sessionToken) await accounts.logout(request.sessionToken);
      clearSessionCookie(reply, o.secureCookies);
      return { ok: true };
    },
  );

  app.get(
    '/me',
    {
      config: { action: 'session' },
      schema: { tags, summary: 'The signed-in user', response: { 200: meSchema, ...problemResponses } },
    },
    async (request) => meView(request.user!),
  );
};
