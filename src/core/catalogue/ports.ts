import type { BusinessType } from './model';

export interface BusinessTypeRepository {
  list(): Promise<BusinessType[]>;
  /** Inserts missing codes and refreshes names of existing ones. */
  upsertMany(types: readonly BusinessType[]): Promise<void>;
}
