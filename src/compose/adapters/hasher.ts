// scrypt password hashes (format scrypt$N$r$p$salt$hash, base64) and random secrets from node:crypto.
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import type { Hasher } from '../../core/accounts';

const KEY_LEN = 64;

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LEN, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export class ScryptHasher implements Hasher {
  /** `cost` is scrypt's N; tests may lower it, stored hashes carry their own parameters. */
  constructor(private readonly cost = 16384) {}

  async hashPassword(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, this.cost, 8, 1);
    return `scrypt$${this.cost}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  async verifyPassword(password: string, hash: string): Promise<boolean> {
    const [tag, n, r, p, salt, key] = hash.split('$');
    if (tag !== 'scrypt' || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64');
    const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  digest(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }

  randomToken(): string {
    return randomBytes(32).toString('base64url');
  }

  randomDigits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(randomInt(10));
    return s;
  }
}
