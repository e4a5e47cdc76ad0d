// Builds the app on a fresh test database with the fixture, and signs in per role through inject().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import type { Role } from '../../src/core/accounts';
import { ScryptHasher } from '../../src/compose/adapters/hasher';
import { FixedClock } from '../../src/compose/adapters/ids';
import { MemorySmsSender } from '../../src/compose/adapters/sms';
import { buildApp } from '../../src/server/app';
import { createDeps, type Deps } from '../../src/server/deps';
import { writeTinyGraph } from './server-graph';
import { createTestDatabase, type TestDatabase, type TestEngine } from './db-databases';
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture, type Fixture } from './server-fixture';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  fx: Fixture;
  clock: FixedClock;
  sms: MemorySmsSender;
  db: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  rateLimit?: { login: number; write: number };
  graphFile?: string | null;
  logger?: pino.Logger;
  webDist?: string | null;
  /** Use the production LogOnlySmsSender instead of the in-memory one. */
  logSms?: boolean;
}

export async function startTestApp(engine: TestEngine, o: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(engine);
  const clock = new FixedClock(FIXTURE_NOW);
  const sms = new MemorySmsSender();
  const deps = await createDeps({
    databaseUrl: db.url,
    clock,
    sms: o.logSms ? undefined : sms,
    hasher: new ScryptHasher(1024),
    logger: o.logger ?? pino({ level: 'silent' }),
    graphDir: mkdtempSync(path.join(tmpdir(), 'quarter-graphs-')),
    options: {
      webDist: o.webDist ?? null,
      exposeDevSmsCode: true,
      rateLimit: o.rateLimit ?? { login: 10_000, write: 10_000 },
    },
  });
  const fx = await seedFixture(deps, o.graphFile === undefined ? await writeTinyGraph() : o.graphFile);
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    fx,
    clock,
    sms,
    db,
    close: async () => {
      await app.close();
      await deps.close();
      await db.drop();
    },
  };
}

function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies) out[c.name] = c.value;
  return out;
}

/** A signed-in (or anonymous) client: carries the session cookie and the CSRF header. */
export class Agent {
  constructor(
    private readonly app: FastifyInstance,
    readonly cookies: Record<string, string> = {},
    public csrf: string | null = null,
  ) {}

  private cookieHeader(): string {
    return Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(Object.keys(this.cookies).length ? { cookie: this.cookieHeader() } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    Object.assign(this.cookies, cookiesOf(res));
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body ?? {});
  }

  /** Fetches a CSRF token (pre-session double-submit, or the session's token). */
  async fetchCsrf(): Promise<string> {
    const res = await this.get('/api/v1/auth/csrf');
    this.csrf = res.json<{ token: string }>().token;
    return this.csrf;
  }
}

export async function anonymous(app: FastifyInstance): Promise<Agent> {
  const a = new Agent(app);
  await a.fetchCsrf();
  return a;
}

export async function loginAs(t: TestApp, role: Role): Promise<Agent> {
  const a = await anonymous(t.app);
  const res = await a.post('/api/v1/auth/login', { phone: t.fx.phones[role], password: FIXTURE_PASSWORD });
  if (res.statusCode !== 200) throw new Error(`login ${role}: ${res.statusCode} ${res.body}`);
  await a.fetchCsrf();
  return a;
}
