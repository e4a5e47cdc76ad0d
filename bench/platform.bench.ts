// HTTP benchmark of the directory search: the app on SQLite with the demo community, autocannon
// against GET /api/v1/merchants?circleId=…&q=… as a signed-in resident (1 s in smoke mode).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { buildApp } from '../src/server/app';
import { createDeps } from '../src/server/deps';
import { seedDemoIfEmpty } from '../src/compose';

export interface PlatformBenchResult extends Record<string, unknown> {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  non2xx: number;
}

export async function platformBench({ smoke }: { smoke: boolean }): Promise<PlatformBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'quarter-bench-'));
  const deps = await createDeps({
    databaseUrl: path.join(dir, 'quarter.db'),
    logger: pino({ level: 'silent' }),
    options: { rateLimit: { login: 1000, write: 1000 } },
  });
  const app = await buildApp(deps);
  try {
    await seedDemoIfEmpty(deps, null);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const csrf = await fetch(`${address}/api/v1/auth/csrf`);
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { token } = (await csrf.json()) as { token: string };
    const login = await fetch(`${address}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
      body: JSON.stringify({ phone: '13800000008', password: 'demo1234' }),
    });
    if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const circles = (await (await fetch(`${address}/api/v1/circles`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const circleId = circles.items[0].id;
    const queries = ['xx', '便利', 'zaocan', '修鞋', 'yd', '超市'];
    const requests = queries.map((q) => ({
      method: 'GET' as const,
      path: `/api/v1/merchants?circleId=${circleId}&q=${encodeURIComponent(q)}&limit=20`,
      headers: { cookie },
    }));
    // A short warm-up so JIT compilation and statement caches do not count against the figures.
    await autocannon({ url: address, connections: 4, duration: smoke ? 0.3 : 1, requests });
    // Latency: one request at a time (what a user waits for). Throughput: 10 connections queueing.
    const latency = await autocannon({ url: address, connections: 1, duration: smoke ? 1 : 5, requests });
    const result = await autocannon({
      url: address,
      connections: 10,
      duration: smoke ? 1 : 5,
      requests,
    });
    const out: PlatformBenchResult = {
      p50Ms: latency.latency.p50,
      p99Ms: latency.latency.p99,
      rps: Math.round(result.requests.average),
      requests: latency.requests.total + result.requests.total,
      non2xx: latency.non2xx + result.non2xx,
      loadedP50Ms: result.latency.p50,
      loadedP99Ms: result.latency.p99,
    };
    console.log(
      `\n## Platform (directory search over HTTP, SQLite, demo data; autocannon in the same process)\n\n` +
        `one request at a time: p50 ${out.p50Ms} ms · p99 ${out.p99Ms} ms\n` +
        `10 connections: p50 ${out.loadedP50Ms} ms · p99 ${out.loadedP99Ms} ms · ${out.rps} req/s (${out.non2xx} non-2xx of ${out.requests})`,
    );
    if (out.non2xx > 0) throw new Error(`${out.non2xx} directory requests failed`);
    return out;
  } finally {
    await app.close();
    await deps.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
