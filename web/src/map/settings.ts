/**
 * Map settings. We draw our own streets, buildings and merchants, so no tiles
 * are needed. An optional raster basemap (e.g. an approved 天地图 layer with its
 * 审图号) can be configured at build time (VITE_TILE_URL, VITE_TILE_ATTRIBUTION)
 * or per browser in localStorage ('quarter.tileUrl', 'quarter.tileAttribution').
 */
export interface MapSettings {
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
}

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function mapSettings(): MapSettings {
  const env = import.meta.env as Record<string, string | undefined>;
  return {
    tileUrl: read('quarter.tileUrl') ?? (env.VITE_TILE_URL || undefined),
    tileAttribution: read('quarter.tileAttribution') ?? (env.VITE_TILE_ATTRIBUTION || undefined),
  };
}
