import type { Access, Clock, EventPublisher } from '../kernel';
import type { ResidentsEvent } from './events';
import type { HomeOption, ResidentProfile } from './model';

export interface ResidentProfileRepository {
  get(userId: string): Promise<ResidentProfile | undefined>;
  upsert(profile: ResidentProfile): Promise<void>;
  listByCircle(
    circleId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: ResidentProfile[]; total: number }>;
}

export interface ResidentsPorts {
  profiles: ResidentProfileRepository;
  circles: { get(id: string): Promise<{ id: string; districtCode: string } | undefined> };
  homes(circleId: string): Promise<HomeOption[]>;
  /** Name and phone of users, for the register (phones are masked before they leave the service). */
  users(ids: string[]): Promise<Map<string, { name: string; phone: string }>>;
  access: Access;
  clock: Clock;
  events: EventPublisher<ResidentsEvent>;
  timezone(circleId: string): Promise<string>;
}
