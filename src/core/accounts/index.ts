export * from './model';
export * from './errors';
export * from './policy';
export * from './rules';
export type * from './ports';
export { AccountsService, type SignedIn, type CreateUserInput } from './service';
