export type * from './model';
export type * from './ports';
export { CATALOGUE } from './seed';
export { CatalogueService } from './service';
