// Pages contributed by feature modules (commerce, services, market, complaints …). Each feature
// exports its pages from features/<module>/pages.ts and joins here with one line, so features added
// side by side do not edit the router, the menu or the role table.
import type { FeaturePage } from './feature-page';
export type { FeaturePage } from './feature-page';
import { RESIDENT_PAGES } from '../features/residents/pages';

export const FEATURE_PAGES: readonly FeaturePage[] = [...RESIDENT_PAGES];
