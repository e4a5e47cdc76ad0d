import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '../../core/kernel';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** usr_3k9x… : prefix, underscore, 16 random base-32 characters (80 bits). */
export class RandomIds implements IdGenerator {
  next(prefix: string): string {
    const bytes = randomBytes(16);
    let s = '';
    for (const b of bytes) s += ALPHABET[b & 31];
    return `${prefix}_${s}`;
  }
}

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}

/** A clock tests can set. */
export class FixedClock implements Clock {
  constructor(private iso: string) {}
  now(): string {
    return this.iso;
  }
  set(iso: string): void {
    this.iso = iso;
  }
}
