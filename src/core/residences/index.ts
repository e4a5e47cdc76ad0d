export type * from './model';
export * from './errors';
export type * from './ports';
export { validateResidenceFields, buildResidence } from './rules';
export { ResidencesService } from './service';
export * from './policy';
export type * from './events';
