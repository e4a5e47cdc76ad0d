// Saved what-if scenarios and scorecard snapshots (the trend over time). Scenarios hold changes
// only; their scorecards are computed on copies, so live data never changes.
import type { Actor } from '../kernel';
import type { ScenarioChange } from './engine';
import { EvaluationError, type EvaluationService } from './service';

export interface Scenario {
  id: string;
  circleId: string;
  name: string;
  changes: ScenarioChange[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Snapshot {
  id: string;
  circleId: string;
  takenAt: string;
  population: number;
  tier: string | null;
  basicPassing: number;
  qualityPresent: number;
  /** shareAtTarget per type code. */
  shares: Record<string, number>;
}

export interface ScenarioRepository {
  insert(s: Scenario): Promise<void>;
  get(id: string): Promise<Scenario | undefined>;
  list(circleId: string): Promise<Scenario[]>;
  update(s: Scenario): Promise<void>;
}

export interface SnapshotRepository {
  insert(s: Snapshot): Promise<void>;
  list(circleId: string): Promise<Snapshot[]>;
}

export interface ScenarioPorts {
  scenarios: ScenarioRepository;
  snapshots: SnapshotRepository;
  now(): string;
  id(prefix: 'scn' | 'snp' | 'sfc'): string;
}

/** A change as the API receives it: an added facility gets its id here. */
export type ChangeInput =
  | { kind: 'add'; types: string[]; lon: number; lat: number; name?: string }
  | { kind: 'remove'; facilityId: string }
  | { kind: 'move'; facilityId: string; lon: number; lat: number }
  | { kind: 'close_street'; lon: number; lat: number };

export class ScenariosService {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly ports: ScenarioPorts,
  ) {}

  async create(actor: Actor | null, circleId: string, name: string): Promise<Scenario> {
    await this.evaluation.authorizeFor(actor, 'evaluation.plan', circleId);
    const now = this.ports.now();
    const s: Scenario = {
      id: this.ports.id('scn'),
      circleId,
      name,
      changes: [],
      createdBy: actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.ports.scenarios.insert(s);
    return s;
  }

  async list(actor: Actor | null, circleId: string): Promise<Scenario[]> {
    await this.evaluation.authorizeFor(actor, 'evaluation.read', circleId);
    return this.ports.scenarios.list(circleId);
  }

  async get(actor: Actor | null, id: string): Promise<Scenario> {
    const s = await this.ports.scenarios.get(id);
    if (!s) throw new EvaluationError('Q_EVALUATION_SCENARIO_NOT_FOUND', `scenario ${id} not found`);
    await this.evaluation.authorizeFor(actor, 'evaluation.read', s.circleId);
    return s;
  }

  async addChange(actor: Actor | null, id: string, change: ChangeInput): Promise<Scenario> {
    const s = await this.get(actor, id);
    await this.evaluation.authorizeFor(actor, 'evaluation.plan', s.circleId);
    const stored: ScenarioChange =
      change.kind === 'add'
        ? {
            kind: 'add',
            facility: {
              id: this.ports.id('sfc'),
              name: change.name,
              types: change.types,
              lon: change.lon,
              lat: change.lat,
            },
          }
        : change;
    // Validate on a copy first: a change that cannot be placed is refused and nothing is saved.
    await this.evaluation.whatIf(actor, s.circleId, [...s.changes, stored]);
    const next = { ...s, changes: [...s.changes, stored], updatedAt: this.ports.now() };
    await this.ports.scenarios.update(next);
    return next;
  }

  async removeChange(actor: Actor | null, id: string, index: number): Promise<Scenario> {
    const s = await this.get(actor, id);
    await this.evaluation.authorizeFor(actor, 'evaluation.plan', s.circleId);
    if (!(index >= 0 && index < s.changes.length))
      throw new EvaluationError('Q_EVALUATION_INVALID', `scenario ${id} has no change ${index}`);
    const next = { ...s, changes: s.changes.filter((_, i) => i !== index), updatedAt: this.ports.now() };
    await this.ports.scenarios.update(next);
    return next;
  }

  async evaluate(actor: Actor | null, id: string) {
    const s = await this.get(actor, id);
    const { baseline, scenario, diff } = await this.evaluation.whatIf(
      actor,
      s.circleId,
      s.changes,
      'default',
      'evaluation.read',
    );
    return { baseline, scenario, diff };
  }

  async snapshot(actor: Actor | null, circleId: string): Promise<Snapshot> {
    await this.evaluation.authorizeFor(actor, 'evaluation.plan', circleId);
    const card = await this.evaluation.scorecard(actor, circleId);
    const snap: Snapshot = {
      id: this.ports.id('snp'),
      circleId,
      takenAt: this.ports.now(),
      population: card.population,
      tier: card.tier,
      basicPassing: card.basicPassing,
      qualityPresent: card.qualityPresent,
      shares: Object.fromEntries(card.types.map((t) => [t.type, t.shareAtTarget])),
    };
    await this.ports.snapshots.insert(snap);
    return snap;
  }

  async trend(actor: Actor | null, circleId: string): Promise<Snapshot[]> {
    await this.evaluation.authorizeFor(actor, 'evaluation.read', circleId);
    return this.ports.snapshots.list(circleId);
  }
}
