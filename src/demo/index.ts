// Public surface of the demo and benchmark generators.
export { SyntheticCity, generateCity, LANGMAOSHAN_CENTRE, type CityOptions, type CityCounts } from './city';
export type { CompoundPlan, PlannedGate, PlannedBuilding } from './blocks';
export type { CityFeatures } from './layout';
export { syntheticFacilities, type SyntheticFacilities } from './facilities';
export { writeOsmXml } from './osm-xml';
export { buildDemoCommunity, buildDemoCity, DEMO_PASSWORD, DEMO_SEED } from './community';
export { DEMO_CATEGORIES, CATEGORY_BY_CODE, type DemoCategory } from './categories';
export { Rng, mulberry32, hash32, rand01, fnv1a } from './prng';
export type * from './types';
