// A synthetic Chinese-style walking city, streamed as OSM elements through the OsmSource contract.
// Arterials and a jittered street grid with irregular blocks, gated compounds with private internal
// roads and gates, a hill park, a river and a railway with few crossings, markets and shops.
// Nothing is stored per element: every read() replays the same elements from the layout.
import type { OsmSink, OsmSource, OsmReadOptions, OsmTags } from '../osm/source';
import { compoundPlan, emitCompound, emitOtherBlock, emitPark, emitShops, type CompoundPlan } from './blocks';
import { Emitter } from './emitter';
import { N_H, N_V, Quad, nodeId, segInterior, segPoint, wayId } from './geometry';
import { CellKind, CityLayout, GRAPH_NODES_PER_KM2, RowKind, type CityFeatures } from './layout';

export interface CityOptions {
  seed?: number;
  /** [lon, lat] of the centre; default the 郎茂山 area of Jinan. */
  centre?: [number, number];
  /** Approximate number of graph-relevant nodes (street, path and compound-road nodes). */
  targetNodes?: number;
  /** Explicit extent in metres (overrides targetNodes). */
  widthM?: number;
  heightM?: number;
  /** Emit generated shop POIs (default true; the demo community emits its merchants instead). */
  pois?: boolean;
  /** Emit residential buildings (default true). */
  buildings?: boolean;
  features?: CityFeatures;
  name?: string;
}

export interface CityCounts {
  nodes: number;
  ways: number;
  /** Distinct nodes referenced by highway=* ways (what the graph builder turns into vertices). */
  graphNodes: number;
  pois: number;
  gates: number;
  buildings: number;
}

export const LANGMAOSHAN_CENTRE: [number, number] = [116.985, 36.628];

export class SyntheticCity implements OsmSource {
  readonly name: string;
  readonly layout: CityLayout;
  private readonly pois: boolean;
  private readonly buildings: boolean;
  private readonly hTags: OsmTags[] = [];
  private readonly vTags: OsmTags[] = [];
  private readonly vBridge: OsmTags[] = [];

  constructor(o: CityOptions = {}) {
    const side = Math.sqrt(Math.max(1000, o.targetNodes ?? 60_000) / GRAPH_NODES_PER_KM2) * 1000;
    this.layout = new CityLayout({
      seed: o.seed ?? 1,
      centre: o.centre ?? LANGMAOSHAN_CENTRE,
      widthM: o.widthM ?? side,
      heightM: o.heightM ?? o.widthM ?? side,
      features: o.features,
    });
    this.name = o.name ?? `synthetic-city(seed=${o.seed ?? 1})`;
    this.pois = o.pois ?? true;
    this.buildings = o.buildings ?? true;
    const cls = ['residential', 'secondary', 'primary'];
    const { layout: c } = this;
    for (let j = 0; j <= c.ny; j++) this.hTags.push(streetTags(cls[c.rowClass[j]], c.rowName[j], j));
    for (let i = 0; i <= c.nx; i++) {
      const t = streetTags(cls[c.colClass[i]], c.colName[i], i);
      this.vTags.push(t);
      this.vBridge.push(Object.freeze({ ...t, bridge: 'yes', layer: '1' }));
    }
  }

  async read(sink: OsmSink, options: OsmReadOptions): Promise<void> {
    // Nodes first, then ways, as in an OSM file.
    if (options.nodes)
      this.pass(new Emitter(this.layout, sink, true, false), options.onProgress, options.ways ? 0.5 : 1, 0);
    if (options.ways)
      this.pass(
        new Emitter(this.layout, sink, false, true),
        options.onProgress,
        options.nodes ? 0.5 : 1,
        options.nodes ? 0.5 : 0,
      );
    options.onProgress?.(1);
  }

  /** Every compound's plan (name, gates, buildings), in lattice order. */
  *compounds(): Generator<CompoundPlan> {
    const c = this.layout;
    for (let j = 0; j < c.ny; j++)
      for (let i = 0; i < c.nx; i++) if (c.cellKind[c.cell(i, j)] === CellKind.Compound) yield compoundPlan(c, i, j);
  }

  /** Counts by replaying the city once (what the graph builder will see). */
  async count(): Promise<CityCounts> {
    const seen = new Set<number>();
    const out: CityCounts = { nodes: 0, ways: 0, graphNodes: 0, pois: 0, gates: 0, buildings: 0 };
    await this.read(
      {
        node(_id, _lon, _lat, tags) {
          out.nodes++;
          if (tags?.barrier === 'gate') out.gates++;
          if (tags && (tags.shop || tags.amenity || tags.craft || tags.leisure || tags.office || tags.healthcare))
            out.pois++;
        },
        way(_id, refs, tags) {
          out.ways++;
          if (tags?.building) out.buildings++;
          if (tags?.highway) for (let k = 0; k < refs.length; k++) seen.add(refs[k]);
        },
      },
      { nodes: true, ways: true },
    );
    out.graphNodes = seen.size;
    return out;
  }

  private pass(e: Emitter, onProgress: ((f: number) => void) | undefined, scale: number, offset: number): void {
    const c = this.layout;
    for (let j = 0; j <= c.ny; j++) {
      for (let i = 0; i <= c.nx; i++) this.lattice(e, i, j);
      if (onProgress && j % 16 === 0) onProgress(offset + (scale * j) / (c.ny + 1));
    }
  }

  private lattice(e: Emitter, i: number, j: number): void {
    const c = this.layout;
    const L = c.lattice(i, j);
    if (e.nodes) this.streetNodes(e, i, j, L);
    if (e.ways) this.streetWays(e, i, j, L);
    if (j < c.ny && c.rowKind[j] !== RowKind.Normal) this.waterOrRail(e, i, j, L);
    if (i >= c.nx || j >= c.ny) return;
    const kind = c.cellKind[c.cell(i, j)] as CellKind;
    if (kind === CellKind.Compound) {
      emitCompound(e, c, i, j, this.buildings);
      if (this.pois) emitShops(e, c, i, j);
    } else if (kind === CellKind.ParkOwner) emitPark(e, c, i, j);
    else if (kind === CellKind.School || kind === CellKind.Green || kind === CellKind.Market)
      emitOtherBlock(e, c, i, j, kind);
  }

  private readonly pt = new Float64Array(2);

  private streetNodes(e: Emitter, i: number, j: number, L: number): void {
    const c = this.layout;
    if (c.intersectionUsed(i, j)) e.node(nodeId(L, 0), c.px[L], c.py[L], null);
    if (i < c.nx && c.hOn[L]) {
      const k = segInterior(c, true, i, j);
      for (let m = 0; m < k; m++) {
        segPoint(c, true, i, j, k, m, this.pt);
        e.node(nodeId(L, N_H + m), this.pt[0], this.pt[1], null);
      }
    }
    if (j < c.ny && c.vOn[L]) {
      const k = segInterior(c, false, i, j);
      for (let m = 0; m < k; m++) {
        segPoint(c, false, i, j, k, m, this.pt);
        e.node(nodeId(L, N_V + m), this.pt[0], this.pt[1], null);
      }
    }
  }

  /** Street ways start where a run of segments starts, every sixth lattice line, or at a bridge. */
  private streetWays(e: Emitter, i: number, j: number, L: number): void {
    const c = this.layout;
    const W = c.nx + 1;
    if (i < c.nx && c.hOn[L] && (i === 0 || !c.hOn[L - 1] || i % 6 === 0)) {
      e.begin().ref(nodeId(L, 0));
      let a = i;
      do {
        const k = segInterior(c, true, a, j);
        const p = c.lattice(a, j);
        for (let m = 0; m < k; m++) e.ref(nodeId(p, N_H + m));
        e.ref(nodeId(p + 1, 0));
        a++;
      } while (a < c.nx && c.hOn[c.lattice(a, j)] && a % 6 !== 0);
      e.end(wayId(L, 0), this.hTags[j]);
    }
    if (j < c.ny && c.vOn[L]) {
      const bridge = (b: number) => c.rowKind[b] !== RowKind.Normal;
      if (j === 0 || !c.vOn[L - W] || j % 6 === 0 || bridge(j) !== bridge(j - 1)) {
        e.begin().ref(nodeId(L, 0));
        let b = j;
        do {
          const k = segInterior(c, false, i, b);
          const p = c.lattice(i, b);
          for (let m = 0; m < k; m++) e.ref(nodeId(p, N_V + m));
          e.ref(nodeId(p + W, 0));
          b++;
        } while (b < c.ny && c.vOn[c.lattice(i, b)] && b % 6 !== 0 && bridge(b) === bridge(j));
        const tags = !bridge(j)
          ? this.vTags[i]
          : c.rowKind[j] === RowKind.River
            ? this.vBridge[i]
            : { ...this.vTags[i], tunnel: 'yes', layer: '-1' };
        e.end(wayId(L, 1), tags);
      }
    }
  }

  private readonly q = new Quad();

  /** A river (waterway=river) or a railway along row j, drawn through every cell of the row. */
  private waterOrRail(e: Emitter, i: number, j: number, L: number): void {
    const c = this.layout;
    const river = c.rowKind[j] === RowKind.River;
    const a = river ? 200 : 202;
    if (e.nodes) {
      const up = c.lattice(i, j + 1);
      e.node(nodeId(L, a), (c.px[L] + c.px[up]) / 2 + 8, (c.py[L] + c.py[up]) / 2, null);
      if (i < c.nx) {
        const q = this.q.set(c, i, j);
        const v = 0.5 + (river ? 0.12 * Math.sin(i * 1.3) : 0);
        e.node(nodeId(L, a + 1), q.x(0.5, v), q.y(0.5, v), null);
      }
    }
    if (e.ways && i === 0) {
      e.begin();
      for (let k = 0; k <= c.nx; k++) {
        e.ref(nodeId(c.lattice(k, j), a));
        if (k < c.nx) e.ref(nodeId(c.lattice(k, j), a + 1));
      }
      const tags: OsmTags = river
        ? { waterway: 'river', name: c.features.riverName ?? '兴济河' }
        : { railway: 'rail', usage: 'main', name: '京沪铁路' };
      e.end(wayId(L, river ? 30 : 31), tags);
    }
  }
}

function streetTags(highway: string, name: string, line: number): OsmTags {
  const minor = highway === 'residential';
  const t: OsmTags = { highway: minor && line % 3 === 1 ? 'tertiary' : highway, name };
  if (!minor) t.sidewalk = 'both';
  return Object.freeze(t);
}

/** Convenience: a city as an OsmSource. */
export function generateCity(options: CityOptions = {}): SyntheticCity {
  return new SyntheticCity(options);
}
