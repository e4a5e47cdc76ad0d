import type { Kysely } from 'kysely';
import type { Circle, CircleRepository, LonLat } from '../../core/circles';
import type { CirclesTable, Database } from '../schema';

function circleOf(r: CirclesTable): Circle {
  const geometry = JSON.parse(r.boundary) as { coordinates: LonLat[][] };
  return {
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    district: r.district,
    districtCode: r.district_code,
    streetOffice: r.street_office,
    centre: [Number(r.centre_lon), Number(r.centre_lat)],
    boundary: geometry.coordinates[0],
    timezone: r.timezone,
    graphFile: r.graph_file,
    status: r.status === 'planning' ? 'planning' : 'active',
  };
}

export class CircleRepo implements CircleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Circle[]> {
    return (await this.db.selectFrom('circles').selectAll().orderBy('created_at').orderBy('id').execute()).map(
      circleOf,
    );
  }

  async get(id: string): Promise<Circle | undefined> {
    const r = await this.db.selectFrom('circles').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? circleOf(r) : undefined;
  }

  async create(c: Circle & { createdAt: string }): Promise<void> {
    await this.db
      .insertInto('circles')
      .values({
        id: c.id,
        name: c.name,
        name_en: c.nameEn,
        district: c.district,
        district_code: c.districtCode,
        street_office: c.streetOffice,
        centre_lon: c.centre[0],
        centre_lat: c.centre[1],
        boundary: JSON.stringify({ type: 'Polygon', coordinates: [c.boundary] }),
        timezone: c.timezone,
        graph_file: c.graphFile,
        status: c.status,
        created_at: c.createdAt,
      })
      .execute();
  }

  async setGraphFile(id: string, graphFile: string): Promise<void> {
    await this.db.updateTable('circles').set({ graph_file: graphFile }).where('id', '=', id).execute();
  }

  /** Scope view for the merchants and residences modules (policy + timezone). */
  async scopes(): Promise<{ id: string; districtCode: string; timezone: string }[]> {
    const rows = await this.db
      .selectFrom('circles')
      .select(['id', 'district_code', 'timezone'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, districtCode: r.district_code, timezone: r.timezone }));
  }

  async scope(id: string): Promise<{ id: string; districtCode: string; timezone: string } | undefined> {
    const r = await this.db
      .selectFrom('circles')
      .select(['id', 'district_code', 'timezone'])
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? { id: r.id, districtCode: r.district_code, timezone: r.timezone } : undefined;
  }
}
