// Seeds the demo community into an empty database (no circles yet).
import { seedDemo, type SeedResult } from '../flows/seed-demo';
import type { Deps } from './deps';

export async function seedDemoIfEmpty(deps: Deps, graphDir: string | null): Promise<SeedResult | null> {
  if ((await deps.repos.circles.list()).length > 0) return null;
  return seedDemo(
    {
      catalogue: deps.repos.catalogue,
      circles: deps.repos.circles,
      merchants: deps.repos.merchants,
      residences: deps.repos.residences,
      users: deps.repos.users,
      hasher: deps.hasher,
      ids: deps.ids,
      clock: deps.clock,
    },
    { graphDir },
  );
}
