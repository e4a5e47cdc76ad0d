// Circle use cases: list the circles an actor may see, one circle, its map.
import type { Access, Actor } from '../kernel';
import { CirclesError } from './errors';
import type { Circle, CircleMap } from './model';
import type { CircleMapSource, CircleRepository } from './ports';
import { ringBbox } from './rules';

export class CirclesService {
  constructor(
    private readonly repo: CircleRepository,
    private readonly maps: CircleMapSource,
    private readonly access: Access,
  ) {}

  async list(actor: Actor | null): Promise<Circle[]> {
    const all = await this.repo.list();
    return all.filter((c) => this.access.can(actor, 'circles.read', { circleId: c.id, districtCode: c.districtCode }));
  }

  /** Loads a circle and checks the actor may read it; not-found before forbidden. */
  async get(actor: Actor | null, id: string): Promise<Circle> {
    const circle = await this.repo.get(id);
    if (!circle) throw new CirclesError('Q_CIRCLES_NOT_FOUND');
    if (!this.access.can(actor, 'circles.read', { circleId: circle.id, districtCode: circle.districtCode })) {
      throw new CirclesError('Q_CIRCLES_FORBIDDEN');
    }
    return circle;
  }

  async map(actor: Actor | null, id: string): Promise<CircleMap> {
    const circle = await this.get(actor, id);
    if (!circle.graphFile) throw new CirclesError('Q_CIRCLES_NO_GRAPH');
    return this.maps.load(circle.graphFile, ringBbox(circle.boundary));
  }
}
