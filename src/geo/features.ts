// Features kept alongside the graph: points of interest and building footprints, for mapping to
// business types and for estimating population. Plain data, stored as JSON sections of the graph file.

export type Tags = Record<string, string>;

export interface Poi {
  osmType: 'node' | 'way';
  osmId: number;
  lon: number;
  lat: number;
  tags: Tags;
}

export interface Building {
  osmId: number;
  /** Closed outer ring, [lon, lat] pairs, first point repeated last. */
  ring: [number, number][];
  /** building:levels when tagged. */
  levels?: number;
  tags: Tags;
}

export interface GraphFeatures {
  pois: Poi[];
  buildings: Building[];
}
