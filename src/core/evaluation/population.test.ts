import { describe, expect, it } from 'vitest';
import { toLonLat } from '../../../test/helpers/tiny-map';
import type { Building } from '../../geo';
import { estimateResidences, ringAreaM2 } from './population';

const square = (x: number, y: number, side: number): [number, number][] => [
  toLonLat(x, y),
  toLonLat(x + side, y),
  toLonLat(x + side, y + side),
  toLonLat(x, y + side),
  toLonLat(x, y),
];

describe('population from buildings', () => {
  it('measures footprints in square metres', () => {
    expect(ringAreaM2(square(0, 0, 20))).toBeCloseTo(400, 0);
  });

  it('footprint × levels × usable share ÷ floor area per person, residential buildings only', () => {
    const b = (id: number, tags: Record<string, string>, levels?: number): Building => ({
      osmId: id,
      ring: square(id * 100, 0, 20),
      levels,
      tags,
    });
    const r = estimateResidences([
      b(1, { building: 'residential', name: '1号楼' }, 18), // 400 × 18 × 0.8 / 35 = 164.6
      b(2, { building: 'apartments' }), // default 6 levels: 54.9
      b(3, { building: 'retail' }, 3),
      b(4, { building: 'yes' }), // unknown use, no levels: not counted
      b(5, { building: 'yes' }, 4), // with levels: counted, 36.6
    ]);
    expect(r.map((x) => [x.name, x.population])).toEqual([
      ['1号楼', 165],
      ['#2', 55],
      ['#5', 37],
    ]);
    expect(
      estimateResidences([b(1, { building: 'residential' }, 18)], { floorAreaPerPersonM2: 40 })[0].population,
    ).toBe(144);
  });
});
