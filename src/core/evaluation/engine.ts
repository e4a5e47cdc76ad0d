// One circle's evaluation in memory: residences and facilities snapped once, a coverage model per
// walking profile, the scorecard, incremental updates when a merchant changes, what-if scenarios on
// copies (live data never changes) and siting recommendations. Pure: no I/O, no clock.
import {
  arcTimeCs,
  CoverageModel,
  edgeArc,
  edgeEnds,
  PROFILES,
  recommendSites,
  seedsFromSnap,
  snapPoint,
  SnapError,
  type Place,
  type Residence,
  type Snap,
  type WalkGraph,
  type WalkProfile,
} from '../../geo';
import { EvaluationError } from './errors';
import { minutesFor, type RuleSet } from './rule-sets';
import { scorecard, type Scorecard, type TypeFigures } from './scorecard';

export type ProfileName = keyof typeof PROFILES;

export interface EvalResidence {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Gates of a gated compound; residents leave through them. Empty: the residence's own point. */
  gates: [number, number][];
  population: number;
}

export interface EvalFacility {
  id: string;
  name?: string;
  types: string[];
  lon: number;
  lat: number;
}

export type ScenarioChange =
  | { kind: 'add'; facility: EvalFacility }
  | { kind: 'remove'; facilityId: string }
  | { kind: 'move'; facilityId: string; lon: number; lat: number }
  | { kind: 'close_street'; lon: number; lat: number };

/** Searches stop here: anything farther counts as not reachable (and closed streets cost more). */
const HORIZON_CS = 60 * 6000;

interface SnappedFacility {
  facility: EvalFacility;
  snap: Snap;
}

export class CircleEvaluation {
  readonly residences: EvalResidence[];
  readonly unsnapped: { id: string; reason: string }[] = [];
  private readonly residenceSnaps: Snap[][] = [];
  private facilities = new Map<string, SnappedFacility>();
  private readonly models = new Map<ProfileName, CoverageModel>();

  constructor(
    readonly graph: WalkGraph,
    residences: EvalResidence[],
    facilities: EvalFacility[],
    readonly rules: RuleSet,
    private readonly closedEdges: ReadonlySet<number> = new Set(),
    private readonly maxSnapM = 500,
  ) {
    this.residences = [];
    for (const r of residences) {
      const points = r.gates.length > 0 ? r.gates : [[r.lon, r.lat] as [number, number]];
      const snaps = points.flatMap((p) => this.trySnap(p[0], p[1], r.id));
      if (snaps.length === 0) continue;
      this.residences.push(r);
      this.residenceSnaps.push(snaps);
    }
    for (const f of facilities)
      for (const snap of this.trySnap(f.lon, f.lat, f.id)) this.facilities.set(f.id, { facility: f, snap });
  }

  get population(): number {
    return this.residences.reduce((s, r) => s + r.population, 0);
  }

  facilityList(): EvalFacility[] {
    return [...this.facilities.values()].map((f) => f.facility);
  }

  /** Scorecard for a profile (default, elderly, child). */
  scorecard(profile: ProfileName = 'default'): Scorecard {
    const model = this.model(profile);
    const types = [...this.rules.basicTypes, ...this.rules.qualityTypes];
    const figures = new Map<string, TypeFigures>();
    for (const type of types) {
      const facilities = model.facilitiesOf(type).length;
      const shares = model.shareWithin(type, this.rules.bands.map(toCs));
      const [shareAtTarget] = model.shareWithin(type, [toCs(minutesFor(this.rules, type))]);
      figures.set(type, { type, facilities, shares, shareAtTarget });
    }
    return scorecard(this.rules, this.population, figures);
  }

  /** Walking minutes from each residence to the nearest facility of `type` (Infinity: none within an hour). */
  residenceMinutes(type: string, profile: ProfileName = 'default'): Float64Array {
    const cs = this.model(profile).residenceTimes(type);
    return cs.map((t) => (t === Infinity ? Infinity : t / 6000));
  }

  /** Apply a live change (a merchant opened, closed, moved or changed type): only its types recompute. */
  applyFacility(op: 'upsert' | 'remove', facility: EvalFacility | { id: string }): void {
    const before = this.facilities.get(facility.id);
    if (op === 'remove') {
      if (!before) return;
      this.facilities.delete(facility.id);
      for (const [name, model] of this.models) this.removeFrom(model, name, before);
      return;
    }
    const f = facility as EvalFacility;
    const snaps = this.trySnap(f.lon, f.lat, f.id);
    if (snaps.length === 0) return;
    const next = { facility: f, snap: snaps[0] };
    this.facilities.set(f.id, next);
    for (const [name, model] of this.models) {
      if (before) this.removeFrom(model, name, before);
      for (const type of f.types) model.addFacility(type, this.placeOf(next.snap, name));
    }
  }

  /** A copy with scenario changes applied; this evaluation is left as it was. */
  withChanges(changes: ScenarioChange[]): CircleEvaluation {
    const facilities = new Map([...this.facilities].map(([id, f]) => [id, f.facility]));
    const closed = new Set(this.closedEdges);
    const placeable = (lon: number, lat: number) => {
      try {
        return snapPoint(this.graph, lon, lat, this.maxSnapM);
      } catch (err) {
        if (err instanceof SnapError || err instanceof RangeError)
          throw new EvaluationError('Q_EVALUATION_INVALID', err.message);
        throw err;
      }
    };
    for (const c of changes) {
      if (c.kind === 'add') {
        placeable(c.facility.lon, c.facility.lat);
        facilities.set(c.facility.id, c.facility);
      } else if (c.kind === 'remove') {
        if (!facilities.delete(c.facilityId))
          throw new EvaluationError('Q_EVALUATION_INVALID', `no facility ${c.facilityId} to remove`);
      } else if (c.kind === 'move') {
        const f = facilities.get(c.facilityId);
        if (!f) throw new EvaluationError('Q_EVALUATION_INVALID', `no facility ${c.facilityId} to move`);
        placeable(c.lon, c.lat);
        facilities.set(f.id, { ...f, lon: c.lon, lat: c.lat });
      } else closed.add(placeable(c.lon, c.lat).edge);
    }
    return new CircleEvaluation(
      this.graph,
      this.residences,
      [...facilities.values()],
      this.rules,
      closed,
      this.maxSnapM,
    );
  }

  /**
   * Top `count` places for a new facility of `type`, each with the residents it brings within
   * `minutes` (after the ones before it). Candidates default to street nodes near the residences.
   */
  recommend(type: string, minutes: number, count: number, candidates?: { lon: number; lat: number; label?: string }[]) {
    const profile: ProfileName = 'default';
    const model = this.model(profile);
    const weights = this.weights(profile);
    const points = candidates ?? this.streetCandidates();
    const places: Place[] = [];
    const kept: { lon: number; lat: number; label?: string }[] = [];
    for (const p of points) {
      try {
        places.push(this.placeOf(snapPoint(this.graph, p.lon, p.lat, this.maxSnapM), profile));
        kept.push(p);
      } catch (err) {
        if (!(err instanceof SnapError)) throw err;
      }
    }
    const residences = this.residenceList(profile);
    const recs = recommendSites({
      graph: this.graph,
      weights,
      residences,
      currentTimes: model.residenceTimes(type),
      threshold: toCs(minutes),
      candidates: places,
      count,
    });
    return recs.map((r) => ({
      lon: kept[r.candidate].lon,
      lat: kept[r.candidate].lat,
      label: kept[r.candidate].label,
      gainPopulation: r.gainPopulation,
      residences: r.residences.map((i) => this.residences[i].id),
    }));
  }

  private streetCandidates(): { lon: number; lat: number }[] {
    // Nodes around the residences, thinned to at most ~3000 (nodes follow a Hilbert curve, so a
    // stride keeps them spread evenly).
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (const r of this.residences) {
      minLon = Math.min(minLon, r.lon);
      maxLon = Math.max(maxLon, r.lon);
      minLat = Math.min(minLat, r.lat);
      maxLat = Math.max(maxLat, r.lat);
    }
    // Pad by about a kilometre: the best spot may lie outside the homes' own box (one compound).
    const padLat = 0.009;
    const padLon = padLat / Math.max(0.2, Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180));
    minLon -= padLon;
    maxLon += padLon;
    minLat -= padLat;
    maxLat += padLat;
    const g = this.graph;
    const inside: number[] = [];
    for (let u = 0; u < g.nodeCount; u++) {
      const lon = g.nodeLonE7[u] / 1e7;
      const lat = g.nodeLatE7[u] / 1e7;
      if (lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat) inside.push(u);
    }
    const stride = Math.max(1, Math.ceil(inside.length / 3000));
    const out: { lon: number; lat: number }[] = [];
    for (let i = 0; i < inside.length; i += stride)
      out.push({ lon: g.nodeLonE7[inside[i]] / 1e7, lat: g.nodeLatE7[inside[i]] / 1e7 });
    return out;
  }

  private model(profile: ProfileName): CoverageModel {
    let m = this.models.get(profile);
    if (m) return m;
    m = new CoverageModel(this.graph, this.weights(profile), this.residenceList(profile), HORIZON_CS);
    const byType = new Map<string, Place[]>();
    for (const f of this.facilities.values()) {
      const place = this.placeOf(f.snap, profile);
      for (const t of f.facility.types) {
        const list = byType.get(t) ?? [];
        list.push(place);
        byType.set(t, list);
      }
    }
    for (const [t, places] of byType) m.setFacilities(t, places);
    this.models.set(profile, m);
    return m;
  }

  private readonly weightCache = new Map<ProfileName, Uint32Array>();

  private weights(profile: ProfileName): Uint32Array {
    let w = this.weightCache.get(profile);
    if (w) return w;
    const base = arcTimeCs(this.graph, PROFILES[profile] as WalkProfile);
    if (this.closedEdges.size === 0) w = base;
    else {
      // Closed streets cost more than the search horizon, so no search ever uses them.
      w = base.slice();
      for (const e of this.closedEdges) {
        const [low, high] = edgeEnds(this.graph, e);
        for (const a of [edgeArc(this.graph, e, low), this.reverseArc(low, high, e)]) w[a] = HORIZON_CS + 1;
      }
    }
    this.weightCache.set(profile, w);
    return w;
  }

  private reverseArc(low: number, high: number, e: number): number {
    const g = this.graph;
    const forward = edgeArc(g, e, low);
    let k = 0;
    for (let a = forward - 1; a >= g.arcOffset[low] && g.arcTarget[a] === high; a--) k++;
    let b = g.arcOffset[high];
    while (g.arcTarget[b] !== low) b++;
    return b + k;
  }

  private residenceList(profile: ProfileName): Residence[] {
    return this.residences.map((r, i) => ({
      population: r.population,
      places: this.residenceSnaps[i].map((s) => this.placeOf(s, profile)),
    }));
  }

  private placeOf(snap: Snap, profile: ProfileName): Place {
    return seedsFromSnap(this.graph, snap, this.weights(profile));
  }

  private removeFrom(model: CoverageModel, profile: ProfileName, f: SnappedFacility): void {
    for (const type of f.facility.types) {
      const remaining = [...this.facilities.values()].filter((x) => x.facility.types.includes(type));
      model.setFacilities(
        type,
        remaining.map((x) => this.placeOf(x.snap, profile)),
      );
    }
  }

  private trySnap(lon: number, lat: number, id: string): Snap[] {
    try {
      return [snapPoint(this.graph, lon, lat, this.maxSnapM)];
    } catch (err) {
      if (!(err instanceof SnapError)) throw err;
      this.unsnapped.push({ id, reason: err.message });
      return [];
    }
  }
}

const toCs = (minutes: number) => Math.round(minutes * 6000);
