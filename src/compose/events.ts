// The platform's change events (each module declares its own in events.ts) and the one place where
// subscribers are wired. Publishers call `events.publish` after their transaction commits.
import type { EvaluationService } from '../core/evaluation';
import { EventBus } from '../core/kernel';
import type { ImportsEvent } from '../core/imports';
import type { MerchantsEvent } from '../core/merchants';
import type { ResidencesEvent } from '../core/residences';
import type { CirclesEvent } from '../core/circles';
import type { ResidentsEvent } from '../core/residents';

/** Every event of the platform. A module adds its union here (one line). */
export type QuarterEvent = MerchantsEvent | ResidencesEvent | CirclesEvent | ImportsEvent | ResidentsEvent;

export type QuarterEventBus = EventBus<QuarterEvent>;

export interface Subscribers {
  evaluation: EvaluationService;
}

/**
 * Who listens to what. Cache updates are `cluster` deliveries (every process keeps its own cache);
 * side effects that must happen once (a job, a notification) are `origin`.
 */
export function wireSubscriptions(bus: QuarterEventBus, s: Subscribers): void {
  // The scorecard follows the live data: merchants incrementally, residences and networks by rebuild.
  bus.subscribe(
    'merchants.changed',
    async (e) => {
      if (e.merchant.status === 'active') {
        await s.evaluation.merchantChanged('upsert', {
          id: e.merchant.id,
          name: e.merchant.name,
          types: e.merchant.categories,
          lon: e.merchant.lon,
          lat: e.merchant.lat,
        });
      } else await s.evaluation.merchantChanged('remove', { id: e.merchant.id });
    },
    'cluster',
  );
  bus.subscribe('residences.changed', (e) => s.evaluation.invalidate(e.circleId), 'cluster');
  bus.subscribe('circles.changed', (e) => s.evaluation.invalidate(e.circleId), 'cluster');
  bus.subscribe(
    'imports.committed',
    (e) => {
      // Merchants from a file: cheaper to rebuild the circle than to apply thousands of upserts.
      s.evaluation.invalidate(e.circleId);
    },
    'cluster',
  );
}
