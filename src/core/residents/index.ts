// Resident profiles: home compound, address, birth date, operator-verified flags.
export type * from './model';
export type * from './ports';
export type * from './events';
export * from './errors';
export * from './policy';
export { ageOn } from './rules';
export { ResidentsService } from './service';
