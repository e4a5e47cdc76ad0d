// Scenarios and snapshots of the evaluation module; changes and summaries stored as JSON text.
import type { Kysely } from 'kysely';
import type { Scenario, ScenarioRepository, Snapshot, SnapshotRepository } from '../../core/evaluation';
import type { Database } from '../schema';

export class ScenarioRepo implements ScenarioRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: Scenario): Promise<void> {
    await this.db
      .insertInto('scenarios')
      .values({
        id: s.id,
        circle_id: s.circleId,
        name: s.name,
        changes: JSON.stringify(s.changes),
        created_by: s.createdBy,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
      })
      .execute();
  }

  async get(id: string): Promise<Scenario | undefined> {
    const r = await this.db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toScenario(r);
  }

  async list(circleId: string): Promise<Scenario[]> {
    const rows = await this.db
      .selectFrom('scenarios')
      .selectAll()
      .where('circle_id', '=', circleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toScenario);
  }

  async update(s: Scenario): Promise<void> {
    await this.db
      .updateTable('scenarios')
      .set({ name: s.name, changes: JSON.stringify(s.changes), updated_at: s.updatedAt })
      .where('id', '=', s.id)
      .execute();
  }
}

function toScenario(r: Database['scenarios']): Scenario {
  return {
    id: r.id,
    circleId: r.circle_id,
    name: r.name,
    changes: JSON.parse(r.changes),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class SnapshotRepo implements SnapshotRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: Snapshot): Promise<void> {
    const { id, circleId, takenAt, ...summary } = s;
    await this.db
      .insertInto('evaluation_snapshots')
      .values({ id, circle_id: circleId, taken_at: takenAt, summary: JSON.stringify(summary) })
      .execute();
  }

  async list(circleId: string): Promise<Snapshot[]> {
    const rows = await this.db
      .selectFrom('evaluation_snapshots')
      .selectAll()
      .where('circle_id', '=', circleId)
      .orderBy('taken_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, circleId: r.circle_id, takenAt: r.taken_at, ...JSON.parse(r.summary) }));
  }
}
