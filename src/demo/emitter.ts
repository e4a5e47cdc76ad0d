// A thin adapter from generator code (metres, local scratch refs) to an OsmSink (degrees).
import type { OsmSink, OsmTags } from '../osm/source';
import type { CityLayout } from './layout';

export class Emitter {
  readonly nodes: boolean;
  readonly ways: boolean;
  private readonly refs = new Float64Array(4096);
  private n = 0;
  nodeCount = 0;
  wayCount = 0;

  constructor(
    private readonly city: CityLayout,
    private readonly sink: OsmSink,
    nodes: boolean,
    ways: boolean,
  ) {
    this.nodes = nodes && !!sink.node;
    this.ways = ways && !!sink.way;
  }

  /** A node at metres (x, y). */
  node(id: number, x: number, y: number, tags: OsmTags | null): void {
    this.nodeCount++;
    this.sink.node!(id, this.city.toLon(x), this.city.toLat(y), tags);
  }

  /** Start collecting refs for a way. */
  begin(): this {
    this.n = 0;
    return this;
  }
  ref(id: number): this {
    this.refs[this.n++] = id;
    return this;
  }
  /** Emit the collected refs as a way (ignored when fewer than two refs). */
  end(id: number, tags: OsmTags | null): void {
    if (this.n < 2) return;
    this.wayCount++;
    this.sink.way!(id, this.refs.subarray(0, this.n), tags);
  }
  /** Shorthand for a way of a few refs. */
  way(id: number, tags: OsmTags | null, a: number, b: number, c = -1, d = -1): void {
    this.begin().ref(a).ref(b);
    if (c >= 0) this.ref(c);
    if (d >= 0) this.ref(d);
    this.end(id, tags);
  }
}
