export * from './model';
export * from './errors';
export type * from './ports';
export { JobsService } from './service';
export * from './policy';
export type * from './queue';
