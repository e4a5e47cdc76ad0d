// Synthetic facility points for the benchmark's access matrix: each category scattered at its
// typical density (one outlet per spacing² on average), snapped beside the nearest street line.
import { DEMO_CATEGORIES } from './categories';
import type { SyntheticCity } from './city';
import { rand01 } from './prng';

export interface SyntheticFacilities {
  /** Catalogue codes; `category[k]` indexes into this list. */
  codes: string[];
  category: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
}

/** `categories` picks the first N business types of the catalogue order (max 24). */
export function syntheticFacilities(city: SyntheticCity, categories = 20, seed = 1): SyntheticFacilities {
  const c = city.layout;
  const cats = DEMO_CATEGORIES.slice(0, Math.max(1, Math.min(categories, DEMO_CATEGORIES.length)));
  const x0 = c.px[0],
    y0 = c.py[0];
  const x1 = c.px[c.lattice(c.nx, 0)],
    y1 = c.py[c.lattice(0, c.ny)];
  // Street line positions for snapping (row 0 and column 0 of the lattice).
  const lineX = Float64Array.from({ length: c.nx + 1 }, (_, i) => c.px[c.lattice(i, 0)]);
  const lineY = Float64Array.from({ length: c.ny + 1 }, (_, j) => c.py[c.lattice(0, j)]);
  let total = 0;
  const counts = cats.map((cat) => {
    const n = Math.ceil((x1 - x0) / cat.spacingM) * Math.ceil((y1 - y0) / cat.spacingM);
    total += n;
    return n;
  });
  const category = new Uint8Array(total);
  const lon = new Float64Array(total);
  const lat = new Float64Array(total);
  let k = 0;
  cats.forEach((cat, ci) => {
    const s = cat.spacingM;
    const nxs = Math.ceil((x1 - x0) / s);
    for (let n = 0; n < counts[ci]; n++) {
      const gx = n % nxs,
        gy = Math.floor(n / nxs);
      // One point per jittered grid cell: realistic spacing without clumps or holes.
      let x = x0 + (gx + rand01(seed, ci, n, 1)) * s;
      let y = y0 + (gy + rand01(seed, ci, n, 2)) * s;
      const side = rand01(seed, ci, n, 3) < 0.5 ? -12 : 12;
      const sx = nearest(lineX, x),
        sy = nearest(lineY, y);
      if (Math.abs(sx - x) < Math.abs(sy - y)) x = sx + side;
      else y = sy + side;
      category[k] = ci;
      lon[k] = c.toLon(Math.min(x1, x));
      lat[k] = c.toLat(Math.min(y1, y));
      k++;
    }
  });
  return { codes: cats.map((x) => x.code), category, lon, lat };
}

function nearest(sorted: Float64Array, v: number): number {
  let lo = 0,
    hi = sorted.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= v) lo = mid;
    else hi = mid;
  }
  return Math.abs(sorted[lo] - v) <= Math.abs(sorted[hi] - v) ? sorted[lo] : sorted[hi];
}
