// Walking profiles: speed and a cost factor per walk class. Data, not code: cities can add their own.
// Defaults: 60 m/min is the planning standards' figure (GB 50180-2018 practice: 15 min ≈ 900 m).
// Elderly and child-escort speeds follow common planning assumptions (≈0.8 and ≈0.75 m/s) and
// penalise steps hard (walking frames, strollers). All configurable.
import { WalkClass, type WalkGraph } from './graph';

export interface WalkProfile {
  name: string;
  walkSpeedMPerMin: number;
  /** Time multiplier per walk class, indexed by WalkClass. */
  classFactor: Record<keyof typeof WalkClass, number>;
}

export const PROFILES: Record<'default' | 'elderly' | 'child', WalkProfile> = {
  default: { name: 'default', walkSpeedMPerMin: 60, classFactor: { normal: 1, steps: 1.5, private: 1, rough: 1.15 } },
  elderly: { name: 'elderly', walkSpeedMPerMin: 48, classFactor: { normal: 1, steps: 2.5, private: 1, rough: 1.3 } },
  child: { name: 'child', walkSpeedMPerMin: 45, classFactor: { normal: 1, steps: 2.5, private: 1, rough: 1.3 } },
};

export function profileFor(name: string, speedOverride?: number): WalkProfile {
  const base = PROFILES[name as keyof typeof PROFILES];
  if (!base) throw new Error(`unknown walking profile "${name}"; use one of ${Object.keys(PROFILES).join(', ')}`);
  return speedOverride ? { ...base, walkSpeedMPerMin: speedOverride } : base;
}

const cache = new WeakMap<WalkGraph, Map<string, Uint32Array>>();

/**
 * Per-arc travel time in centiseconds for a profile, derived once per graph and profile. Integer
 * weights keep the bucket queue exact; 0.01 s per edge is far below anything a walker notices.
 */
export function arcTimeCs(g: WalkGraph, profile: WalkProfile): Uint32Array {
  const key = `${profile.walkSpeedMPerMin}:${Object.values(profile.classFactor).join(',')}`;
  let perGraph = cache.get(g);
  if (!perGraph) cache.set(g, (perGraph = new Map()));
  const hit = perGraph.get(key);
  if (hit) return hit;
  const factors = new Float64Array(4);
  for (const [name, cls] of Object.entries(WalkClass)) {
    factors[cls] = (profile.classFactor[name as keyof typeof WalkClass] * 600) / profile.walkSpeedMPerMin;
  }
  const out = new Uint32Array(g.arcCount);
  for (let u = 0; u < g.nodeCount; u++) {
    for (let a = g.arcOffset[u]; a < g.arcOffset[u + 1]; a++) {
      const v = g.arcTarget[a];
      if (v < u) continue; // filled from the canonical arc below
      out[a] = Math.round(g.arcLengthDm[a] * factors[edgeClassOfCanonical(g, u, a)]);
    }
  }
  // Reverse arcs get their twin's weight: walk each node's reverse arcs and copy.
  for (let u = 0; u < g.nodeCount; u++) {
    let prevTarget = -1;
    let k = 0;
    for (let a = g.arcOffset[u]; a < g.arcOffset[u + 1]; a++) {
      const v = g.arcTarget[a];
      if (v >= u) break;
      k = v === prevTarget ? k + 1 : 0;
      prevTarget = v;
      out[a] = out[twinCanonicalArc(g, v, u, k)];
    }
  }
  perGraph.set(key, out);
  return out;
}

function edgeClassOfCanonical(g: WalkGraph, u: number, a: number): number {
  const owned = g.edgeBase[u + 1] - g.edgeBase[u];
  return g.edgeClass[g.edgeBase[u] + (a - (g.arcOffset[u + 1] - owned))];
}

/** The k-th canonical arc low → high. */
function twinCanonicalArc(g: WalkGraph, low: number, high: number, k: number): number {
  let a = g.arcOffset[low];
  const end = g.arcOffset[low + 1];
  while (a < end && g.arcTarget[a] !== high) a++;
  return a + k;
}
