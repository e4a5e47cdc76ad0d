// The plan of a synthetic city: jittered street lines, which street segments exist, what each
// block holds. Everything is small typed arrays indexed by lattice point or cell, so a city of a
// million graph nodes costs a few megabytes here; element geometry is derived on demand.
import { arterialName, minorStreetName } from './names';
import { Rng, rand01 } from './prng';

export const enum CellKind {
  Compound = 0,
  School = 1,
  Green = 2,
  Market = 3,
  ParkOwner = 4,
  ParkPart = 5,
  River = 6,
  Rail = 7,
}

export const enum RowKind {
  Normal = 0,
  River = 1,
  Rail = 2,
}

/** Feature placement in metres from the centre (x east, y north); defaults follow a pattern. */
export interface CityFeatures {
  hillParks?: [number, number][];
  markets?: [number, number][];
  riverAtY?: number[];
  railAtY?: number[];
  riverName?: string;
  marketName?: string;
  parkName?: string;
}

export interface LayoutOptions {
  seed: number;
  centre: [number, number];
  widthM: number;
  heightM: number;
  features?: CityFeatures;
}

/** Graph-relevant nodes per km² produced by the default layout (measured; used to size by targetNodes). */
export const GRAPH_NODES_PER_KM2 = 325;

export class CityLayout {
  readonly seed: number;
  readonly lon0: number;
  readonly lat0: number;
  readonly mPerDegLon: number;
  readonly mPerDegLat = 110_574;
  readonly nx: number;
  readonly ny: number;
  /** Intersection positions, metres, indexed by lattice point j*(nx+1)+i. */
  readonly px: Float64Array;
  readonly py: Float64Array;
  /** Segment presence: h from (i,j) to (i+1,j); v from (i,j) to (i,j+1); indexed by lattice point. */
  readonly hOn: Uint8Array;
  readonly vOn: Uint8Array;
  /** Road class per line: 0 minor, 1 secondary, 2 primary. */
  readonly colClass: Uint8Array;
  readonly rowClass: Uint8Array;
  readonly colName: string[];
  readonly rowName: string[];
  readonly rowKind: Uint8Array;
  readonly cellKind: Uint8Array;
  readonly features: CityFeatures;
  /** Compound names chosen by a caller (e.g. made unique by the demo), keyed by cell index. */
  readonly compoundNames = new Map<number, string>();

  constructor(o: LayoutOptions) {
    this.seed = o.seed >>> 0;
    [this.lon0, this.lat0] = o.centre;
    this.mPerDegLon = 111_320 * Math.cos((this.lat0 * Math.PI) / 180);
    this.features = o.features ?? {};
    const rng = new Rng(this.seed ^ 0x51ed270b);
    const xs = lines(rng, o.widthM);
    const ys = lines(rng, o.heightM);
    this.nx = xs.length - 1;
    this.ny = ys.length - 1;
    const { nx, ny } = this;
    [this.colClass, this.colName] = classify(xs, false);
    [this.rowClass, this.rowName] = classify(ys, true);
    const np = (nx + 1) * (ny + 1);
    this.px = new Float64Array(np);
    this.py = new Float64Array(np);
    const phase = rand01(this.seed, 7) * 6.283;
    for (let j = 0; j <= ny; j++) {
      for (let i = 0; i <= nx; i++) {
        const p = j * (nx + 1) + i;
        // Slow waves bend each line slightly; per-node jitter adds angle noise.
        const wx = 12 * Math.sin(ys[j] / 900 + phase + i * 1.7);
        const wy = 12 * Math.sin(xs[i] / 1100 + phase + j * 2.3);
        this.px[p] = xs[i] + wx + (rand01(this.seed, i, j, 1) - 0.5) * 14;
        this.py[p] = ys[j] + wy + (rand01(this.seed, i, j, 2) - 0.5) * 14;
      }
    }
    this.rowKind = new Uint8Array(ny);
    this.cellKind = new Uint8Array(nx * ny);
    this.placeRows();
    this.placeParksAndMarkets();
    this.hOn = new Uint8Array(np);
    this.vOn = new Uint8Array(np);
    this.placeSegments();
    this.placeBlocks();
  }

  lattice(i: number, j: number): number {
    return j * (this.nx + 1) + i;
  }
  cell(i: number, j: number): number {
    return j * this.nx + i;
  }
  toLon(x: number): number {
    return this.lon0 + x / this.mPerDegLon;
  }
  toLat(y: number): number {
    return this.lat0 + y / this.mPerDegLat;
  }
  toX(lon: number): number {
    return (lon - this.lon0) * this.mPerDegLon;
  }
  toY(lat: number): number {
    return (lat - this.lat0) * this.mPerDegLat;
  }
  /** The cell containing metres (x, y), clamped to the city. */
  cellAt(x: number, y: number): [number, number] {
    let i = 0;
    while (i < this.nx - 1 && this.px[this.lattice(i + 1, 0)] < x) i++;
    let j = 0;
    while (j < this.ny - 1 && this.py[this.lattice(0, j + 1)] < y) j++;
    return [i, j];
  }
  /** Bounding box [minLon, minLat, maxLon, maxLat]. */
  bbox(): [number, number, number, number] {
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let p = 0; p < this.px.length; p++) {
      minX = Math.min(minX, this.px[p]);
      maxX = Math.max(maxX, this.px[p]);
      minY = Math.min(minY, this.py[p]);
      maxY = Math.max(maxY, this.py[p]);
    }
    return [this.toLon(minX), this.toLat(minY), this.toLon(maxX), this.toLat(maxY)];
  }
  /** Whether any street segment meets lattice point (i, j). */
  intersectionUsed(i: number, j: number): boolean {
    const p = this.lattice(i, j);
    return (
      (i < this.nx && this.hOn[p] === 1) ||
      (i > 0 && this.hOn[p - 1] === 1) ||
      (j < this.ny && this.vOn[p] === 1) ||
      (j > 0 && this.vOn[p - this.nx - 1] === 1)
    );
  }

  private placeRows(): void {
    const f = this.features;
    const rowAt = (y: number) => this.cellAt(0, y)[1];
    const ok = (j: number) => j > 0 && j < this.ny - 1;
    if (f.riverAtY || f.railAtY) {
      for (const y of f.riverAtY ?? []) if (ok(rowAt(y))) this.rowKind[rowAt(y)] = RowKind.River;
      for (const y of f.railAtY ?? []) if (ok(rowAt(y))) this.rowKind[rowAt(y)] = RowKind.Rail;
      return;
    }
    if (this.ny < 6) return;
    const first = Math.floor(this.ny * 0.35);
    for (let j = 1; j < this.ny - 1; j++) {
      const d = (((j - first) % 40) + 40) % 40;
      if (d === 0) this.rowKind[j] = RowKind.River;
      else if (d === 20) this.rowKind[j] = RowKind.Rail;
    }
  }

  private placeParksAndMarkets(): void {
    const { nx, ny, features: f } = this;
    for (let j = 0; j < ny; j++) {
      const k = this.rowKind[j];
      if (k !== RowKind.Normal)
        for (let i = 0; i < nx; i++)
          this.cellKind[this.cell(i, j)] = k === RowKind.River ? CellKind.River : CellKind.Rail;
    }
    const parkFits = (i: number, j: number) =>
      i >= 0 &&
      j >= 0 &&
      i + 1 < nx &&
      j + 1 < ny &&
      [this.cell(i, j), this.cell(i + 1, j), this.cell(i, j + 1), this.cell(i + 1, j + 1)].every(
        (c) => this.cellKind[c] === CellKind.Compound,
      );
    const putPark = (i: number, j: number) => {
      if (!parkFits(i, j)) return;
      this.cellKind[this.cell(i, j)] = CellKind.ParkOwner;
      this.cellKind[this.cell(i + 1, j)] = CellKind.ParkPart;
      this.cellKind[this.cell(i, j + 1)] = CellKind.ParkPart;
      this.cellKind[this.cell(i + 1, j + 1)] = CellKind.ParkPart;
    };
    const putMarket = (i: number, j: number) => {
      if (this.cellKind[this.cell(i, j)] === CellKind.Compound) this.cellKind[this.cell(i, j)] = CellKind.Market;
    };
    if (f.hillParks || f.markets) {
      for (const [x, y] of f.hillParks ?? []) putPark(...this.cellAt(x, y));
      for (const [x, y] of f.markets ?? []) putMarket(...this.cellAt(x, y));
      return;
    }
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        if (i % 18 === 6 && j % 14 === 8) putPark(i, j);
        else if (rand01(this.seed, i, j, 3) < 0.012) putMarket(i, j);
      }
  }

  private isPark(i: number, j: number): boolean {
    if (i < 0 || j < 0 || i >= this.nx || j >= this.ny) return false;
    const k = this.cellKind[this.cell(i, j)];
    return k === CellKind.ParkOwner || k === CellKind.ParkPart;
  }

  private placeSegments(): void {
    const { nx, ny } = this;
    for (let j = 0; j <= ny; j++) {
      for (let i = 0; i <= nx; i++) {
        const p = this.lattice(i, j);
        if (i < nx) {
          // Inside a park region both neighbours are park cells of the same park.
          const inside =
            this.isPark(i, j - 1) && this.isPark(i, j) && this.cellKind[this.cell(i, j)] === CellKind.ParkPart;
          const keep =
            this.rowClass[j] > 0 ||
            j === 0 ||
            j === ny ||
            this.isPark(i, j - 1) ||
            this.isPark(i, j) ||
            (j > 0 && this.rowKind[j - 1] !== RowKind.Normal) ||
            (j < ny && this.rowKind[j] !== RowKind.Normal);
          this.hOn[p] = inside ? 0 : keep || rand01(this.seed, i, j, 4) >= 0.12 ? 1 : 0;
        }
        if (j < ny) {
          const row = this.rowKind[j];
          const inside =
            this.isPark(i - 1, j) && this.isPark(i, j) && this.cellKind[this.cell(i, j)] === CellKind.ParkPart;
          let on: boolean;
          if (row === RowKind.River) on = this.colClass[i] > 0 || rand01(this.seed, i, j, 5) < 0.06;
          else if (row === RowKind.Rail) on = this.colClass[i] === 2;
          else {
            const keep = this.colClass[i] > 0 || i === 0 || i === nx || this.isPark(i - 1, j) || this.isPark(i, j);
            on = !inside && (keep || rand01(this.seed, i, j, 6) >= 0.12);
          }
          this.vOn[p] = on ? 1 : 0;
        }
      }
    }
  }

  private placeBlocks(): void {
    const { nx, ny } = this;
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const c = this.cell(i, j);
        if (this.cellKind[c] !== CellKind.Compound && this.cellKind[c] !== CellKind.Market) continue;
        const any = this.sideOn(i, j, 0) || this.sideOn(i, j, 1) || this.sideOn(i, j, 2) || this.sideOn(i, j, 3);
        if (!any) {
          this.cellKind[c] = CellKind.Green;
          continue;
        }
        if (this.cellKind[c] === CellKind.Market) continue;
        const u = rand01(this.seed, i, j, 8);
        if (u < 0.04) this.cellKind[c] = CellKind.School;
        else if (u < 0.07) this.cellKind[c] = CellKind.Green;
      }
  }

  /** Side s of cell (i, j): 0 south (h at j), 1 east (v at i+1), 2 north (h at j+1), 3 west (v at i). */
  sideOn(i: number, j: number, s: number): boolean {
    switch (s) {
      case 0:
        return this.hOn[this.lattice(i, j)] === 1;
      case 1:
        return this.vOn[this.lattice(i + 1, j)] === 1;
      case 2:
        return this.hOn[this.lattice(i, j + 1)] === 1;
      default:
        return this.vOn[this.lattice(i, j)] === 1;
    }
  }

  /** Whether street segment (horizontal or vertical) starting at lattice (i, j) curves. */
  segBulge(horizontal: boolean, i: number, j: number, len: number): number {
    const minor = horizontal ? this.rowClass[j] === 0 : this.colClass[i] === 0;
    const u = rand01(this.seed, i, j, horizontal ? 10 : 11);
    if (!minor || u >= 0.12 || len < 150) return 0;
    return (u < 0.06 ? 1 : -1) * Math.min(15, 0.06 * len);
  }
}

/** Line positions from -size/2 with spacing 120–400 m. */
function lines(rng: Rng, size: number): Float64Array {
  const out: number[] = [-size / 2];
  while (out[out.length - 1] < size / 2 || out.length < 3) out.push(out[out.length - 1] + rng.range(120, 400));
  const shift = (out[out.length - 1] + out[0]) / 2;
  return Float64Array.from(out, (v) => v - shift);
}

/** Arterials roughly every 800–1000 m (never the outermost line); the rest are minor streets. */
function classify(pos: Float64Array, ew: boolean): [Uint8Array, string[]] {
  const cls = new Uint8Array(pos.length);
  const names: string[] = [];
  let last = pos[0];
  let ordinal = 0;
  let minor = 0;
  for (let k = 0; k < pos.length; k++) {
    if (k > 0 && k < pos.length - 1 && pos[k] - last >= 800) {
      cls[k] = ordinal % 2 === 0 ? 2 : 1;
      names.push(arterialName(ew, ordinal++));
      last = pos[k];
    } else names.push(minorStreetName(ew, minor++));
  }
  return [cls, names];
}
