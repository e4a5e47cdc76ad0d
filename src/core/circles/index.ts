export type * from './model';
export type * from './ports';
export * from './errors';
export { ringBbox } from './rules';
export { CirclesService } from './service';
export * from './policy';
export type * from './events';
