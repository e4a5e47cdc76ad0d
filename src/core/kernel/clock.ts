// Time and identity come through ports so core stays deterministic under test.
export interface Clock {
  /** Current time as a UTC ISO-8601 string. */
  now(): string;
}

export interface IdGenerator {
  /** A new id with the given prefix, e.g. ord_8f3k… (prefixes tell a log line what it is). */
  next(prefix: string): string;
}

/** Adds seconds to a UTC ISO time. */
export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** Adds minutes to a UTC ISO time. */
export function addMinutes(iso: string, minutes: number): string {
  return addSeconds(iso, minutes * 60);
}
