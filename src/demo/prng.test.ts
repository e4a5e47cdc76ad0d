import { describe, expect, it } from 'vitest';
import { Rng, hash32, mulberry32, rand01 } from './prng';

describe('prng', () => {
  it('replays a sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
  });

  it('stays in range and is roughly uniform', () => {
    const r = new Rng(1);
    const bins = new Array(10).fill(0);
    let outside = 0;
    for (let k = 0; k < 10_000; k++) {
      const v = r.float();
      if (v < 0 || v >= 1) outside++;
      else bins[Math.floor(v * 10)]++;
    }
    expect(outside).toBe(0);
    for (const n of bins) expect(Math.abs(n - 1000)).toBeLessThan(150);
    const ints = new Set(Array.from({ length: 1000 }, () => r.int(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });

  it('hashes keys statelessly', () => {
    expect(hash32(1, 2, 3, 4)).toBe(hash32(1, 2, 3, 4));
    expect(hash32(1, 2, 3, 4)).not.toBe(hash32(1, 3, 2, 4));
    expect(rand01(9, 1)).toBeLessThan(1);
  });
});
