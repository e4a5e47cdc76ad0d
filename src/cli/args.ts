// Small helpers over node:util parseArgs with messages that say how to fix the call.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<const O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw usageError(`${(err as Error).message}\nusage: ${usage}`);
  }
}

export function lonLatArg(value: string | undefined, name: string): [number, number] {
  if (value === undefined) throw usageError(`--${name} lon,lat is required`);
  const parts = value.split(',').map((s) => Number(s.trim()));
  if (
    parts.length !== 2 ||
    parts.some((n) => !Number.isFinite(n)) ||
    Math.abs(parts[0]) > 180 ||
    Math.abs(parts[1]) > 90
  ) {
    throw usageError(`--${name} "${value}" is not lon,lat in degrees (e.g. 24.9384,60.1699)`);
  }
  return parts as [number, number];
}

export function numberList(value: string, name: string): number[] {
  const parts = value.split(',').map((s) => Number(s.trim()));
  if (parts.length === 0 || parts.some((n) => !Number.isFinite(n) || n <= 0)) {
    throw usageError(`--${name} "${value}" must be a comma-separated list of positive numbers (e.g. 5,10,15)`);
  }
  return parts;
}

export function positiveNumber(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw usageError(`--${name} "${value}" must be a positive number`);
  return n;
}

export function bboxArg(value: string | undefined): [number, number, number, number] | undefined {
  if (value === undefined) return undefined;
  const p = value.split(',').map((s) => Number(s.trim()));
  if (p.length !== 4 || p.some((n) => !Number.isFinite(n)) || !(p[0] < p[2] && p[1] < p[3])) {
    throw usageError(`--bbox "${value}" must be minLon,minLat,maxLon,maxLat with min < max`);
  }
  return p as [number, number, number, number];
}
