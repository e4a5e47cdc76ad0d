// The three demo circles of 市中区 (Jinan): extents, target populations and the business mix of
// their street shops, with the deliberate gaps the evaluation should find.
import type { TypePlan } from './merchants';

export interface CircleSpec {
  key: string;
  name: string;
  nameEn: string;
  streetOffice: string;
  /** Extent in metres from the demo centre: [x0, y0, x1, y1]. */
  rect: [number, number, number, number];
  population: number;
  plans: TypePlan[];
}

const counts = (spec: Record<string, number>): TypePlan[] =>
  Object.entries(spec).map(([code, count]) => ({ code, count }));

export const CIRCLES: CircleSpec[] = [
  {
    key: 'langmaoshan',
    name: '郎茂山一刻钟便民生活圈',
    nameEn: 'Langmaoshan 15-minute circle',
    streetOffice: '七里山街道',
    rect: [-1000, -1000, 1000, 1000],
    population: 60_000,
    plans: [
      // Breakfast is sparse and clustered in the north-east; one repair point, south of the river.
      { code: 'B05', count: 3, where: (f) => f.x > 250 && f.y > 250 },
      { code: 'B10', count: 1, pick: (f) => f.y },
      ...counts({
        B01: 24,
        B02: 4,
        B04: 12,
        B06: 6,
        B07: 22,
        B08: 6,
        B09: 5,
        B11: 10,
        B12: 8,
        B13: 14,
        B14: 2,
        B15: 8,
      }),
      ...counts({ Q01: 40, Q02: 5, Q03: 3, Q05: 2, Q06: 18, Q07: 4, Q08: 10, Q09: 5 }),
    ],
  },
  {
    key: 'qilishan',
    name: '七里山一刻钟便民生活圈',
    nameEn: 'Qilishan 15-minute circle',
    streetOffice: '七里山街道',
    rect: [-2900, -900, -1150, 900],
    population: 28_000,
    plans: counts({
      B01: 7,
      B02: 1,
      B04: 4,
      B05: 3,
      B06: 1,
      B07: 5,
      B08: 1,
      B10: 1,
      B11: 3,
      B12: 2,
      B13: 4,
      B15: 2,
      Q01: 10,
      Q03: 1,
      Q06: 4,
      Q08: 2,
      Q09: 1,
    }),
  },
  {
    key: 'shunyu',
    name: '舜玉路一刻钟便民生活圈',
    nameEn: 'Shunyu Road 15-minute circle',
    streetOffice: '舜玉路街道',
    rect: [1150, -900, 2900, 900],
    population: 22_000,
    plans: counts({
      B01: 6,
      B02: 2,
      B04: 3,
      B05: 2,
      B07: 4,
      B11: 3,
      B12: 2,
      B13: 3,
      Q01: 9,
      Q02: 2,
      Q06: 5,
      Q07: 1,
      Q08: 2,
    }),
  },
];

/** Octagon over a rectangle (corners cut by 20 %), closed, in metres. */
export function octagon([x0, y0, x1, y1]: [number, number, number, number]): [number, number][] {
  const c = 0.2 * Math.min(x1 - x0, y1 - y0);
  return [
    [x0 + c, y0],
    [x1 - c, y0],
    [x1, y0 + c],
    [x1, y1 - c],
    [x1 - c, y1],
    [x0 + c, y1],
    [x0, y1 - c],
    [x0, y0 + c],
    [x0 + c, y0],
  ];
}

export function insideRing(ring: [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
    const [xa, ya] = ring[a],
      [xb, yb] = ring[b];
    if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
  }
  return inside;
}
