// pino with PIPL redaction: phones masked (138****1234), addresses, tokens and cookies removed.
import pino from 'pino';

export type Logger = pino.Logger;

function maskPhoneValue(v: unknown): unknown {
  if (typeof v !== 'string') return '[redacted]';
  const digits = v.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

export const REDACT_PATHS = [
  'phone',
  '*.phone',
  'address',
  '*.address',
  'password',
  '*.password',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function redactOptions(): pino.LoggerOptions['redact'] {
  return {
    paths: REDACT_PATHS,
    censor: (value: unknown, path: string[]) => {
      const key = path[path.length - 1];
      return key === 'phone' ? maskPhoneValue(value) : '[redacted]';
    },
  };
}

export function loggerOptions(o: { level: string }): pino.LoggerOptions {
  return { level: o.level, redact: redactOptions() };
}

export function createLogger(o: { level: string; destination?: pino.DestinationStream }): Logger {
  return o.destination ? pino(loggerOptions(o), o.destination) : pino(loggerOptions(o));
}
