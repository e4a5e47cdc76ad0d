// Geometry derived from a CityLayout: street shape points, block-local coordinates, element ids.
// Ids are a pure function of the lattice point and a local slot, so the ways pass and the nodes
// pass agree without remembering anything.
import type { CityLayout } from './layout';
import { rand01 } from './prng';

/** Node slots per lattice point and way slots per lattice point. */
export const NODE_SLOTS = 512;
export const WAY_SLOTS = 128;

export const nodeId = (lattice: number, local: number): number => lattice * NODE_SLOTS + local + 1;
export const wayId = (lattice: number, local: number): number => lattice * WAY_SLOTS + local + 1;

/** Node slot bases. */
export const N_H = 1; // interior shape nodes of the horizontal segment (≤ 31)
export const N_V = 32; // interior shape nodes of the vertical segment (≤ 31)

/** Interior shape nodes of a segment: one every ~40 m, at least one (gates attach to the middle). */
export function segInterior(city: CityLayout, horizontal: boolean, i: number, j: number): number {
  const a = city.lattice(i, j);
  const b = horizontal ? a + 1 : a + city.nx + 1;
  const len = Math.hypot(city.px[b] - city.px[a], city.py[b] - city.py[a]);
  return Math.min(30, Math.max(1, Math.round(len / 40) - 1));
}

/** The interior node nearest the middle of a segment. */
export const segMiddle = (k: number): number => Math.round((k - 1) / 2);

/** Writes interior point m (0-based) of a segment into out[0..1]. */
export function segPoint(
  city: CityLayout,
  horizontal: boolean,
  i: number,
  j: number,
  k: number,
  m: number,
  out: Float64Array,
): void {
  const a = city.lattice(i, j);
  const b = horizontal ? a + 1 : a + city.nx + 1;
  const ax = city.px[a],
    ay = city.py[a];
  const dx = city.px[b] - ax,
    dy = city.py[b] - ay;
  const len = Math.hypot(dx, dy);
  const t = (m + 1) / (k + 1);
  const bulge = city.segBulge(horizontal, i, j, len);
  const off = bulge * Math.sin(Math.PI * t) + (rand01(city.seed, a, m, horizontal ? 12 : 13) - 0.5) * 3;
  out[0] = ax + dx * t - (dy / len) * off;
  out[1] = ay + dy * t + (dx / len) * off;
}

/** Node id of the middle interior node of the street on side s of cell (i, j). */
export function sideMiddleNode(city: CityLayout, i: number, j: number, s: number): number {
  switch (s) {
    case 0:
      return nodeId(city.lattice(i, j), N_H + segMiddle(segInterior(city, true, i, j)));
    case 1:
      return nodeId(city.lattice(i + 1, j), N_V + segMiddle(segInterior(city, false, i + 1, j)));
    case 2:
      return nodeId(city.lattice(i, j + 1), N_H + segMiddle(segInterior(city, true, i, j + 1)));
    default:
      return nodeId(city.lattice(i, j), N_V + segMiddle(segInterior(city, false, i, j)));
  }
}

/** Maps block-local (u, v) ∈ [0,1]² to metres inside the quad of lattice points (i,j)…(i+span,j+span). */
export class Quad {
  x00 = 0;
  y00 = 0;
  x10 = 0;
  y10 = 0;
  x01 = 0;
  y01 = 0;
  x11 = 0;
  y11 = 0;
  set(city: CityLayout, i: number, j: number, span = 1): this {
    const p00 = city.lattice(i, j),
      p10 = city.lattice(i + span, j);
    const p01 = city.lattice(i, j + span),
      p11 = city.lattice(i + span, j + span);
    this.x00 = city.px[p00];
    this.y00 = city.py[p00];
    this.x10 = city.px[p10];
    this.y10 = city.py[p10];
    this.x01 = city.px[p01];
    this.y01 = city.py[p01];
    this.x11 = city.px[p11];
    this.y11 = city.py[p11];
    return this;
  }
  x(u: number, v: number): number {
    return (1 - v) * ((1 - u) * this.x00 + u * this.x10) + v * ((1 - u) * this.x01 + u * this.x11);
  }
  y(u: number, v: number): number {
    return (1 - v) * ((1 - u) * this.y00 + u * this.y10) + v * ((1 - u) * this.y01 + u * this.y11);
  }
  /** Area in m² of the sub-rectangle [u0,u1]×[v0,v1] (shoelace over its four mapped corners). */
  area(u0: number, v0: number, u1: number, v1: number): number {
    const xs = [this.x(u0, v0), this.x(u1, v0), this.x(u1, v1), this.x(u0, v1)];
    const ys = [this.y(u0, v0), this.y(u1, v0), this.y(u1, v1), this.y(u0, v1)];
    let a = 0;
    for (let k = 0; k < 4; k++) a += xs[k] * ys[(k + 1) % 4] - xs[(k + 1) % 4] * ys[k];
    return Math.abs(a) / 2;
  }
}

/** (u, v) of the middle of side s of a block outline inset by `inset`. */
export function sideUV(s: number, inset: number): [number, number] {
  switch (s) {
    case 0:
      return [0.5, inset];
    case 1:
      return [1 - inset, 0.5];
    case 2:
      return [0.5, 1 - inset];
    default:
      return [inset, 0.5];
  }
}
