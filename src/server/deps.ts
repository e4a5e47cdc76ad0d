// The server's dependencies: the platform (shared with the CLI) plus the HTTP options.
import { createPlatform, type Platform, type PlatformOptions } from '../compose';
import { DEFAULT_APP_OPTIONS, type AppOptions } from './options';

export type { AppOptions } from './options';

export interface Deps extends Platform {
  options: AppOptions;
}

export interface CreateDepsOptions extends PlatformOptions {
  options?: Partial<AppOptions>;
}

export async function createDeps(o: CreateDepsOptions = {}): Promise<Deps> {
  const platform = await createPlatform(o);
  return Object.assign(platform, { options: { ...DEFAULT_APP_OPTIONS, ...o.options } });
}

/** For web/scripts/gen-api.mjs: an in-memory app to read the OpenAPI document from. */
export const createTestDeps = (o: { databaseUrl?: string } = {}) =>
  createDeps({ databaseUrl: o.databaseUrl ?? ':memory:', options: { webDist: null } });
