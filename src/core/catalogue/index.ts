export type * from './model';
export type * from './ports';
export { CATALOGUE } from './seed';
export { CatalogueService } from './service';
export { businessTypesOf, POI_TAG_RULES, type PoiTagRule } from './poi-tags';
export * from './policy';
