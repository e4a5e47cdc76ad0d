import { describe, expect, it } from 'vitest';
import { cellPolygons } from './cell-polygons';

const grid = (rows: string[]) => {
  // rows[0] is the top row on screen; grid row 0 is the bottom.
  const height = rows.length;
  const width = rows[0].length;
  const inside = new Uint8Array(width * height);
  rows.forEach((r, k) => [...r].forEach((ch, i) => (inside[(height - 1 - k) * width + i] = ch === '#' ? 1 : 0)));
  return { width, height, inside };
};

const signedArea = (ring: number[][]) => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};

describe('cellPolygons', () => {
  it('traces one square cell as a closed counter-clockwise ring of four corners', () => {
    const polys = cellPolygons(grid(['#']));
    expect(polys).toHaveLength(1);
    expect(polys[0]).toHaveLength(1);
    const ring = polys[0][0];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(signedArea(ring)).toBe(1);
  });

  it('merges collinear corners of a rectangle', () => {
    const ring = cellPolygons(grid(['###', '###']))[0][0];
    expect(ring).toHaveLength(5);
    expect(signedArea(ring)).toBe(6);
  });

  it('keeps cells that touch only at a corner apart (two polygons)', () => {
    const polys = cellPolygons(grid(['#.', '.#']));
    expect(polys).toHaveLength(2);
    for (const p of polys) expect(signedArea(p[0])).toBe(1);
  });

  it('returns a hole inside its polygon, clockwise', () => {
    const polys = cellPolygons(grid(['###', '#.#', '###']));
    expect(polys).toHaveLength(1);
    const [outer, hole] = polys[0];
    expect(signedArea(outer)).toBe(9);
    expect(signedArea(hole)).toBe(-1);
  });

  it('handles an L-shaped component whose boundary passes a saddle twice', () => {
    // The ring of cells touches itself diagonally at the centre-left.
    const polys = cellPolygons(grid(['###', '#.#', '.##']));
    const total = polys.reduce((s, p) => s + p.reduce((t, r) => t + signedArea(r), 0), 0);
    expect(total).toBe(7);
  });
});
