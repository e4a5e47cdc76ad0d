// Evaluation use cases for the server and CLI: every method checks access first, then answers from a
// per-circle CircleEvaluation kept in memory and updated incrementally when merchants change.
import { isochrone, PROFILES, SnapError, type WalkGraph } from '../../geo';
import type { Access, Actor } from '../kernel';
import {
  CircleEvaluation,
  type EvalFacility,
  type EvalResidence,
  type ProfileName,
  type ScenarioChange,
} from './engine';
import { EvaluationError } from './errors';
import { NATIONAL_DEFAULT, type RuleSet } from './rule-sets';

export { EvaluationError };
import type { Scorecard } from './scorecard';

export type EvaluationAction = 'evaluation.read' | 'evaluation.plan';

export interface EvaluationPorts {
  access: Access;
  circle(circleId: string): Promise<{ id: string; name: string; districtCode: string } | null>;
  circlesOfDistrict(districtCode: string): Promise<{ id: string; name: string }[]>;
  graph(circleId: string): Promise<WalkGraph>;
  residences(circleId: string): Promise<EvalResidence[]>;
  /** Open merchants and public facilities that serve the circle (those nearby count too). */
  facilities(circleId: string): Promise<EvalFacility[]>;
}

export interface TypeDiff {
  type: string;
  before: number;
  after: number;
}

export class EvaluationService {
  private readonly cache = new Map<string, Promise<CircleEvaluation>>();

  constructor(
    private readonly ports: EvaluationPorts,
    private readonly rules: RuleSet = NATIONAL_DEFAULT,
  ) {}

  async scorecard(actor: Actor | null, circleId: string, profile: ProfileName = 'default'): Promise<Scorecard> {
    await this.authorize(actor, 'evaluation.read', circleId);
    return (await this.evaluation(circleId)).scorecard(profile);
  }

  /** Walking minutes per residence to the nearest facility of `type`. */
  async coverage(actor: Actor | null, circleId: string, type: string, profile: ProfileName = 'default') {
    await this.authorize(actor, 'evaluation.read', circleId);
    const ev = await this.evaluation(circleId);
    const minutes = ev.residenceMinutes(type, profile);
    return ev.residences.map((r, i) => ({
      id: r.id,
      name: r.name,
      lon: r.lon,
      lat: r.lat,
      population: r.population,
      minutes: Number.isFinite(minutes[i]) ? Math.round(minutes[i] * 10) / 10 : null,
    }));
  }

  /** The same indicators under the slower profiles, side by side (一老一小 and beyond). */
  async equity(actor: Actor | null, circleId: string) {
    await this.authorize(actor, 'evaluation.read', circleId);
    const ev = await this.evaluation(circleId);
    const cards = (['default', 'elderly', 'child'] as const).map((p) => [p, ev.scorecard(p)] as const);
    return cards[0][1].types.map((t, i) => ({
      type: t.type,
      targetMinutes: t.targetMinutes,
      shareAtTarget: Object.fromEntries(cards.map(([p, c]) => [p, c.types[i].shareAtTarget])) as Record<
        ProfileName,
        number
      >,
    }));
  }

  async isochrone(
    actor: Actor | null,
    circleId: string,
    lon: number,
    lat: number,
    minutes: number[],
    profile: ProfileName = 'default',
  ) {
    await this.authorize(actor, 'evaluation.read', circleId);
    const graph = await this.ports.graph(circleId);
    let result;
    try {
      result = isochrone(graph, lon, lat, { minutes, profile: PROFILES[profile] });
    } catch (err) {
      if (err instanceof SnapError || err instanceof RangeError)
        throw new EvaluationError('Q_EVALUATION_INVALID', err.message);
      throw err;
    }
    const { features, snap } = result;
    return { type: 'FeatureCollection' as const, features, snapped: [snap.lon, snap.lat] as [number, number] };
  }

  async recommendations(
    actor: Actor | null,
    circleId: string,
    type: string,
    minutes: number,
    count: number,
    candidates?: { lon: number; lat: number; label?: string }[],
  ) {
    await this.authorize(actor, 'evaluation.plan', circleId);
    if (!(minutes > 0 && minutes <= 60) || !(count >= 1 && count <= 20)) {
      throw new EvaluationError('Q_EVALUATION_INVALID', 'minutes must be in (0, 60] and count in [1, 20]');
    }
    return (await this.evaluation(circleId)).recommend(type, minutes, count, candidates);
  }

  /** Scorecard of a what-if scenario and its difference from the live baseline; nothing is changed. */
  async whatIf(
    actor: Actor | null,
    circleId: string,
    changes: ScenarioChange[],
    profile: ProfileName = 'default',
    action: EvaluationAction = 'evaluation.plan',
  ) {
    await this.authorize(actor, action, circleId);
    const ev = await this.evaluation(circleId);
    const baseline = ev.scorecard(profile);
    const scenarioEv = ev.withChanges(changes);
    const scenario = scenarioEv.scorecard(profile);
    const diff: TypeDiff[] = baseline.types.map((t, i) => ({
      type: t.type,
      before: t.shareAtTarget,
      after: scenario.types[i].shareAtTarget,
    }));
    return { baseline, scenario, diff, evaluation: scenarioEv };
  }

  /** The access check, for use cases built on this service (scenarios): not found before forbidden. */
  async authorizeFor(actor: Actor | null, action: EvaluationAction, circleId: string): Promise<void> {
    const circle = await this.ports.circle(circleId);
    if (!circle) throw new EvaluationError('Q_EVALUATION_CIRCLE_NOT_FOUND', `circle ${circleId} not found`);
    if (!this.ports.access.can(actor, action, { circleId, districtCode: circle.districtCode })) {
      throw new EvaluationError('Q_EVALUATION_FORBIDDEN', `not allowed to ${action} circle ${circleId}`);
    }
  }

  private authorize(actor: Actor | null, action: EvaluationAction, circleId: string): Promise<void> {
    return this.authorizeFor(actor, action, circleId);
  }

  /** Scores of every circle of a district, for the officers' city view. */
  async districtScores(actor: Actor | null, districtCode: string) {
    const circles = await this.ports.circlesOfDistrict(districtCode);
    if (circles.length === 0)
      throw new EvaluationError('Q_EVALUATION_CIRCLE_NOT_FOUND', `no circles in district ${districtCode}`);
    const out = [];
    for (const c of circles) {
      await this.authorize(actor, 'evaluation.read', c.id);
      const card = (await this.evaluation(c.id)).scorecard();
      out.push({
        id: c.id,
        name: c.name,
        population: card.population,
        tier: card.tier,
        basicPassing: card.basicPassing,
        qualityPresent: card.qualityPresent,
        groupsComplete: card.groups.filter((g) => g.complete).length,
      });
    }
    return out;
  }

  /** A merchant opened, closed, moved or changed type: update every cached circle incrementally. */
  async merchantChanged(op: 'upsert' | 'remove', facility: EvalFacility | { id: string }): Promise<void> {
    for (const pending of this.cache.values()) (await pending).applyFacility(op, facility);
  }

  /** Forget a circle (residences or the street network changed). */
  invalidate(circleId?: string): void {
    if (circleId) this.cache.delete(circleId);
    else this.cache.clear();
  }

  async evaluation(circleId: string): Promise<CircleEvaluation> {
    let pending = this.cache.get(circleId);
    if (!pending) {
      pending = this.build(circleId);
      this.cache.set(circleId, pending);
      pending.catch(() => this.cache.delete(circleId));
    }
    return pending;
  }

  private async build(circleId: string): Promise<CircleEvaluation> {
    const circle = await this.ports.circle(circleId);
    if (!circle) throw new EvaluationError('Q_EVALUATION_CIRCLE_NOT_FOUND', `circle ${circleId} not found`);
    const [graph, residences, facilities] = await Promise.all([
      this.ports.graph(circleId),
      this.ports.residences(circleId),
      this.ports.facilities(circleId),
    ]);
    return new CircleEvaluation(graph, residences, facilities, this.rules);
  }
}
