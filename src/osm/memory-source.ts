// An OsmSource over plain arrays: for tests, hand-drawn maps and generators that build in memory.
import type { OsmSink, OsmSource, OsmReadOptions, OsmTags } from './source';

export interface MemoryNode {
  id: number;
  lon: number;
  lat: number;
  tags?: OsmTags;
}
export interface MemoryWay {
  id: number;
  refs: number[];
  tags?: OsmTags;
}

export function memorySource(name: string, nodes: MemoryNode[], ways: MemoryWay[]): OsmSource {
  return {
    name,
    async read(sink: OsmSink, options: OsmReadOptions) {
      if (options.nodes && sink.node) for (const n of nodes) sink.node(n.id, n.lon, n.lat, n.tags ?? null);
      if (options.ways && sink.way) for (const w of ways) sink.way(w.id, w.refs, w.tags ?? null);
      options.onProgress?.(1);
    },
  };
}
