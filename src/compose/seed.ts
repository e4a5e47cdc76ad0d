// Seeds the demo community into an empty database (no circles yet): the first wave's community
// (circles, merchants, residences, accounts, street graph), then each module's demo data on top.
import { seedDemoResidents } from '../flows/demo-residents';
import { seedDemo, type SeedResult } from '../flows/seed-demo';
import type { Platform } from './platform';

/**
 * A module's demo data (products and orders, services and bookings, market records, complaints …),
 * written through the module's own services or repositories after the community exists. Steps run in
 * order and must be deterministic (the demo's seeded PRNG), so every `npm start` shows the same data.
 */
export type DemoStep = (p: Platform, seeded: SeedResult) => Promise<void>;

/** A module adds its step here (one line). */
const DEMO_STEPS: readonly DemoStep[] = [
  async (p, s) => {
    const d = { users: p.repos.users, residences: p.repos.residences, profiles: p.repos.residentProfiles };
    await seedDemoResidents({ ...d, now: p.clock.now() }, s.circleIds);
  },
];

export async function seedDemoIfEmpty(p: Platform, graphDir: string | null): Promise<SeedResult | null> {
  if ((await p.repos.circles.list()).length > 0) return null;
  const seeded = await seedDemo(
    {
      catalogue: p.repos.catalogue,
      circles: p.repos.circles,
      merchants: p.repos.merchants,
      residences: p.repos.residences,
      users: p.repos.users,
      hasher: p.hasher,
      ids: p.ids,
      clock: p.clock,
    },
    { graphDir },
  );
  for (const step of DEMO_STEPS) await step(p, seeded);
  return seeded;
}
