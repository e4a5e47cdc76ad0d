import type { Access, Clock, EventPublisher, IdGenerator } from '../kernel';
import type { ResidencesEvent } from './events';
import type { Residence } from './model';

export interface ResidenceCircleScopes {
  get(id: string): Promise<{ id: string; districtCode: string } | undefined>;
}

export interface ResidenceRepository {
  list(circleId: string): Promise<Residence[]>;
  get(id: string): Promise<Residence | undefined>;
  insert(residences: Residence[]): Promise<void>;
  update(residence: Residence): Promise<void>;
}

export interface ResidencesPorts {
  residences: ResidenceRepository;
  circles: ResidenceCircleScopes;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
  events: EventPublisher<ResidencesEvent>;
}
