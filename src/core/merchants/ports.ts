import type { Access, Clock, EventPublisher, IdGenerator } from '../kernel';
import type { MerchantsEvent } from './events';
import type { Merchant } from './model';

/** What merchants need to know about a circle: scope for the policy and the zone for hours. */
export interface CircleScope {
  id: string;
  districtCode: string;
  timezone: string;
}

export interface CircleScopes {
  get(id: string): Promise<CircleScope | undefined>;
  list(): Promise<CircleScope[]>;
}

export interface CategoryCodes {
  codes(): Promise<Set<string>>;
}

export interface MerchantSearch {
  /** Circles to search; `allStatuses` false shows only active merchants there. */
  circles: { id: string; allStatuses: boolean }[];
  q?: string;
  category?: string;
}

export interface MerchantRepository {
  /** With `page` null every match is returned (the caller filters by opening hours, then pages). */
  search(
    filter: MerchantSearch,
    page: { limit: number; offset: number } | null,
  ): Promise<{ items: Merchant[]; total: number }>;
  get(id: string): Promise<Merchant | undefined>;
  insert(merchants: Merchant[]): Promise<void>;
  update(merchant: Merchant): Promise<void>;
}

export interface MerchantsPorts {
  merchants: MerchantRepository;
  circles: CircleScopes;
  categories: CategoryCodes;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
  events: EventPublisher<MerchantsEvent>;
}
