import type { Kysely } from 'kysely';
import type { Crs, LonLat, Residence, ResidenceKind, ResidenceRepository } from '../../core/residences';
import type { Database, ResidencesTable } from '../schema';

function residenceOf(r: ResidencesTable): Residence {
  return {
    id: r.id,
    circleId: r.circle_id,
    name: r.name,
    kind: r.kind as ResidenceKind,
    lon: Number(r.lon),
    lat: Number(r.lat),
    sourceCrs: r.source_crs as Crs,
    gates: JSON.parse(r.gates) as LonLat[],
    households: r.households === null ? null : Number(r.households),
    population: r.population === null ? null : Number(r.population),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function rowOf(r: Residence): ResidencesTable {
  return {
    id: r.id,
    circle_id: r.circleId,
    name: r.name,
    kind: r.kind,
    lon: r.lon,
    lat: r.lat,
    source_crs: r.sourceCrs,
    gates: JSON.stringify(r.gates),
    households: r.households,
    population: r.population,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export class ResidenceRepo implements ResidenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(circleId: string): Promise<Residence[]> {
    const rows = await this.db
      .selectFrom('residences')
      .selectAll()
      .where('circle_id', '=', circleId)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map(residenceOf);
  }

  async get(id: string): Promise<Residence | undefined> {
    const r = await this.db.selectFrom('residences').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? residenceOf(r) : undefined;
  }

  async insert(residences: Residence[]): Promise<void> {
    for (let i = 0; i < residences.length; i += 200) {
      await this.db
        .insertInto('residences')
        .values(residences.slice(i, i + 200).map(rowOf))
        .execute();
    }
  }

  async update(r: Residence): Promise<void> {
    const { id: _id, created_at: _c, ...fields } = rowOf(r);
    await this.db.updateTable('residences').set(fields).where('id', '=', r.id).execute();
  }
}
