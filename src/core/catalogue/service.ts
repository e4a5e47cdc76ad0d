import type { BusinessType } from './model';
import type { BusinessTypeRepository } from './ports';

export class CatalogueService {
  private cache: BusinessType[] | undefined;
  constructor(private readonly repo: BusinessTypeRepository) {}

  /** The catalogue is public reference data (no access check); cached after the first read. */
  async list(): Promise<BusinessType[]> {
    this.cache ??= await this.repo.list();
    return this.cache;
  }

  async codes(): Promise<Set<string>> {
    return new Set((await this.list()).map((t) => t.code));
  }

  invalidate(): void {
    this.cache = undefined;
  }
}
