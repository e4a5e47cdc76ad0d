// buildApp(deps): the HTTP face of Quarter, without listening (tests use inject()).
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAuth } from './auth';
import type { Deps } from './deps';
import { installErrorHandling, problem, sendProblem } from './problems';
import { authRoutes } from './routes/auth';
import { catalogueRoutes } from './routes/catalogue';
import { circleRoutes } from './routes/circles';
import { importRoutes } from './routes/imports';
import { merchantRoutes } from './routes/merchants';
import { residenceRoutes } from './routes/residences';
import { residentRoutes } from './routes/residents';
import { userRoutes } from './routes/users';
import { evaluationRoutes } from './routes/evaluation';
import type { RouteEntry } from './types';

export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') && route.url !== '/api/health') return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const access = route.config?.access === 'public' || !route.url.startsWith('/api/v1/') ? 'public' : 'user';
      routeTable.push({
        method,
        url: route.url,
        access,
        action: access === 'public' ? undefined : route.config?.action,
      });
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", 'https:'],
        fontSrc: ["'self'", 'data:'],
        // Only behind HTTPS: on plain http://127.0.0.1 it would send the app's own assets to https.
        upgradeInsecureRequests: deps.options.secureCookies ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Quarter API', version: '0.1.0', description: '一刻 — 15-minute community life circles' },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installErrorHandling(app);
  installAuth(app, deps);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: z.object({ ok: z.boolean(), database: z.string() }) } },
    },
    async () => ({ ok: true, database: deps.handle.engine }),
  );

  // One plugin per module, each given only the services it serves.
  const limits = deps.options.rateLimit;
  await app.register(
    async (v1) => {
      await v1.register(authRoutes, {
        accounts: deps.accounts,
        randomToken: () => deps.hasher.randomToken(),
        limits,
        secureCookies: deps.options.secureCookies,
        exposeDevSmsCode: deps.options.exposeDevSmsCode,
      });
      await v1.register(circleRoutes, { circles: deps.circles });
      await v1.register(catalogueRoutes, { catalogue: deps.catalogue });
      await v1.register(merchantRoutes, { merchants: deps.merchants, limits });
      await v1.register(residenceRoutes, { residences: deps.residences, limits });
      await v1.register(residentRoutes, { residents: deps.residents, limits });
      await v1.register(userRoutes, { accounts: deps.accounts, limits });
      await v1.register(importRoutes, {
        imports: deps.imports,
        osmImports: deps.osmImports,
        jobs: deps.jobs,
        limits,
      });
      await v1.register(evaluationRoutes, {
        evaluation: deps.evaluation,
        scenarios: deps.scenarios,
        circles: deps.circles,
        rules: deps.evaluationRules,
      });
    },
    { prefix: '/api/v1' },
  );

  // Every protected route names the policy action it needs, and the action exists.
  for (const r of routeTable) {
    if (r.access !== 'user') continue;
    if (!r.action) throw new Error(`${r.method} ${r.url}: declare config.action (a policy action or 'session')`);
    if (r.action !== 'session' && !deps.access.actions().has(r.action)) {
      throw new Error(`${r.method} ${r.url}: action ${r.action} is in no module's policy table`);
    }
  }

  const webDist = deps.options.webDist;
  const spa = Boolean(webDist && existsSync(path.join(webDist, 'index.html')));
  if (spa && webDist) {
    await app.register(fastifyStatic, { root: path.resolve(webDist), wildcard: false, index: 'index.html' });
  }
  // SPA fallback: client-side routes (/resident, /operator …) get index.html; /api stays problem+json.
  app.setNotFoundHandler((request, reply) => {
    if (spa && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return sendProblem(
      reply,
      problem(404, 'Q_HTTP_NOT_FOUND', 'Not found', `${request.method} ${request.url.split('?')[0]}`),
    );
  });
  return app;
}
