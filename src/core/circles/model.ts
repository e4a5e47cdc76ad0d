// A 15-minute community life circle (一刻钟便民生活圈). Ids: cir_.
export type LonLat = [number, number];

export interface Circle {
  id: string;
  name: string;
  nameEn: string | null;
  district: string;
  districtCode: string;
  streetOffice: string | null;
  centre: LonLat;
  /** Closed outer ring, WGS-84. */
  boundary: LonLat[];
  timezone: string;
  /** Path of the walking graph (.qgraph) covering the circle, when built. */
  graphFile: string | null;
  status: 'active' | 'planning';
}

export interface CircleMap {
  streets: { type: 'FeatureCollection'; features: unknown[] };
  buildings: { type: 'FeatureCollection'; features: unknown[] };
}
