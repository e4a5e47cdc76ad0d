// Every UI string exists in both locales: the base files and every feature's i18n folder.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const features = path.resolve(here, '../features');

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const pairs: [string, string, string][] = [['base', path.join(here, 'zh-CN.json'), path.join(here, 'en.json')]];
for (const f of readdirSync(features)) {
  const dir = path.join(features, f, 'i18n');
  if (existsSync(dir)) pairs.push([f, path.join(dir, 'zh-CN.json'), path.join(dir, 'en.json')]);
}

describe('i18n parity', () => {
  it.each(pairs)('%s: zh-CN and en hold the same keys', (_name, zh, en) => {
    expect(existsSync(zh) && existsSync(en)).toBe(true);
    expect(keys(load(en)).sort()).toEqual(keys(load(zh)).sort());
  });

  it('never lets two features claim the same top-level key', () => {
    const owner = new Map<string, string>();
    for (const [name, zh] of pairs) {
      for (const k of Object.keys(load(zh))) {
        expect(owner.get(k), `${name} and ${owner.get(k)} both define "${k}"`).toBeUndefined();
        owner.set(k, name);
      }
    }
  });
});
