// Cross-cutting server behaviour: PIPL log redaction, rate limits, security headers, the SPA.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/compose/logging';
import { anonymous, startTestApp, type TestApp } from '../helpers/server-app';

const opened: TestApp[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('server platform (SQLite)', () => {
  it('logs the dev SMS code with the phone masked, and never tokens or addresses', async () => {
    const { lines, logger } = captureLogger();
    const t = await startTestApp('sqlite', { logger, logSms: true });
    opened.push(t);
    const a = await anonymous(t.app);
    expect((await a.post('/api/v1/auth/sms/request', { phone: '13512345678' })).statusCode).toBe(200);
    logger.info({ user: { phone: '13912345678', address: '阳光一街12号' }, token: 'secret-token' }, 'probe');
    const log = lines.join('');
    expect(log).toContain('DEV SMS (not sent)');
    expect(log).toContain('135****5678');
    expect(log).toContain('139****5678');
    expect(log).not.toMatch(/13512345678|13912345678|阳光一街12号|secret-token/);
    expect(log).not.toContain(a.cookies.q_csrf);
  });

  it('limits sign-in attempts with 429 problem+json', async () => {
    const t = await startTestApp('sqlite', { rateLimit: { login: 3, write: 100 } });
    opened.push(t);
    const a = await anonymous(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await a.post('/api/v1/auth/login', { phone: t.fx.phones.admin, password: 'wrong-password' })).statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 429]);
    const last = await a.post('/api/v1/auth/login', { phone: t.fx.phones.admin, password: 'wrong-password' });
    expect(last.headers['content-type']).toContain('application/problem+json');
    expect(last.json().code).toBe('Q_HTTP_RATE_LIMITED');
  });

  it('serves the web app with an SPA fallback, security headers, and JSON 404s under /api', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'quarter-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>一刻</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    const t = await startTestApp('sqlite', { webDist: dist });
    opened.push(t);
    try {
      const page = await t.app.inject({ method: 'GET', url: '/resident/merchants' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('一刻');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      const api = await t.app.inject({ method: 'GET', url: '/api/v2/nothing' });
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('Q_HTTP_NOT_FOUND');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
