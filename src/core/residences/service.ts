// Residence use cases. Residences are planning data of a circle: staff in scope read them, operators write.
import type { Actor } from '../kernel';
import { ResidencesError } from './errors';
import type { Residence, ResidenceInput, ResidencePatch } from './model';
import type { ResidencesPorts } from './ports';
import { buildResidence, validateResidenceFields } from './rules';

export class ResidencesService {
  constructor(private readonly p: ResidencesPorts) {}

  private async scope(circleId: string) {
    const c = await this.p.circles.get(circleId);
    if (!c) throw new ResidencesError('Q_RESIDENCES_CIRCLE_NOT_FOUND');
    return { circleId: c.id, districtCode: c.districtCode };
  }

  async list(actor: Actor | null, circleId: string | undefined): Promise<Residence[]> {
    if (!circleId) throw new ResidencesError('Q_RESIDENCES_CIRCLE_REQUIRED');
    if (!this.p.access.can(actor, 'residences.list', await this.scope(circleId)))
      throw new ResidencesError('Q_RESIDENCES_FORBIDDEN');
    return this.p.residences.list(circleId);
  }

  async create(actor: Actor | null, input: ResidenceInput): Promise<Residence> {
    if (!this.p.access.can(actor, 'residences.create', await this.scope(input.circleId))) {
      throw new ResidencesError('Q_RESIDENCES_FORBIDDEN');
    }
    const problems = validateResidenceFields(input);
    if (problems.length) throw new ResidencesError(problems[0].code, `${problems[0].field}: ${problems[0].problem}`);
    const r = buildResidence(input, this.p.ids.next('res'), this.p.clock.now());
    await this.p.residences.insert([r]);
    await this.p.events.publish({
      type: 'residences.changed',
      circleId: r.circleId,
      residenceIds: [r.id],
      change: 'created',
    });
    return r;
  }

  async update(actor: Actor | null, id: string, patch: ResidencePatch): Promise<Residence> {
    const current = await this.p.residences.get(id);
    if (!current) throw new ResidencesError('Q_RESIDENCES_NOT_FOUND');
    if (!this.p.access.can(actor, 'residences.update', await this.scope(current.circleId))) {
      throw new ResidencesError('Q_RESIDENCES_FORBIDDEN');
    }
    const moved = patch.lon !== undefined || patch.lat !== undefined || patch.gates !== undefined;
    const checked =
      patch.lon !== undefined || patch.lat !== undefined
        ? { ...patch, lon: patch.lon ?? current.lon, lat: patch.lat ?? current.lat }
        : patch;
    const problems = validateResidenceFields(checked);
    if (problems.length) throw new ResidencesError(problems[0].code, `${problems[0].field}: ${problems[0].problem}`);
    const next = buildResidence(
      {
        circleId: current.circleId,
        name: patch.name ?? current.name,
        kind: patch.kind ?? current.kind,
        lon: patch.lon ?? current.lon,
        lat: patch.lat ?? current.lat,
        gates: patch.gates ?? current.gates,
        // Unchanged coordinates are already WGS-84.
        crs: moved ? (patch.crs ?? 'WGS84') : 'WGS84',
        households: patch.households !== undefined ? patch.households : current.households,
        population: patch.population !== undefined ? patch.population : current.population,
      },
      current.id,
      this.p.clock.now(),
    );
    const saved = {
      ...next,
      gates: patch.gates === undefined ? current.gates : next.gates,
      sourceCrs: moved ? next.sourceCrs : current.sourceCrs,
      createdAt: current.createdAt,
    };
    await this.p.residences.update(saved);
    await this.p.events.publish({
      type: 'residences.changed',
      circleId: saved.circleId,
      residenceIds: [saved.id],
      change: 'updated',
    });
    return saved;
  }
}
