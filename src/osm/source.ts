// The contract between OSM readers (PBF, XML, generators) and the graph builder.
// Readers stream elements into a sink; the builder asks for two passes so that memory stays
// proportional to what is kept: first ways (to learn which nodes matter), then nodes.

/** OSM tags of one element; `null` when the element has none (most nodes). */
export type OsmTags = Record<string, string>;

export interface OsmSink {
  /** Called for every node when the pass wants nodes. `lon`/`lat` in WGS-84 degrees. */
  node?(id: number, lon: number, lat: number, tags: OsmTags | null): void;
  /** Called for every way when the pass wants ways. `refs` is only valid during the call (copy to keep). */
  way?(id: number, refs: ArrayLike<number>, tags: OsmTags | null): void;
}

export interface OsmReadOptions {
  /** Deliver nodes in this pass. */
  nodes: boolean;
  /** Deliver ways in this pass. */
  ways: boolean;
  /** Progress callback, 0..1 of the input consumed. */
  onProgress?: (fraction: number) => void;
}

/** A re-readable OSM input: a file, or a generator that can replay itself. */
export interface OsmSource {
  /** A name for messages: the file path, or a generator's name. */
  readonly name: string;
  read(sink: OsmSink, options: OsmReadOptions): Promise<void>;
}

/** Raised by readers for bad input: names the file, the place (byte offset, line, element) and the problem. */
export class OsmInputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${file}: ${where}: ${problem}${hint ? ` (${hint})` : ''}`);
    this.name = 'OsmInputError';
  }
}
