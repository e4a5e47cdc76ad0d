// Wires the evaluation service to the platform: the access policy, circles, residences and merchants
// from the repositories, street graphs from the circles' graph files.
import { EvaluationError, type EvaluationPorts } from '../core/evaluation';
import type { Access } from '../core/kernel';
import type { WalkGraph } from '../geo';
import { readGraphFile } from '../osm/graph-file';
import type { CircleRepo, MerchantRepo, ResidenceRepo } from '../db';

/** Residents per household when a residence has households but no population (China urban ≈ 2.6). */
const PERSONS_PER_HOUSEHOLD = 2.6;

export function createEvaluationPorts(deps: {
  repos: { circles: CircleRepo; residences: ResidenceRepo; merchants: MerchantRepo };
  access: Access;
}): EvaluationPorts {
  const graphs = new Map<string, WalkGraph>();
  const { circles, residences, merchants } = deps.repos;
  return {
    access: deps.access,
    async circle(id) {
      const c = await circles.get(id);
      return c ? { id: c.id, name: c.name, districtCode: c.districtCode } : null;
    },
    async circlesOfDistrict(code) {
      return (await circles.list()).filter((c) => c.districtCode === code).map((c) => ({ id: c.id, name: c.name }));
    },
    async graph(circleId) {
      const c = await circles.get(circleId);
      if (!c?.graphFile)
        throw new EvaluationError(
          'Q_EVALUATION_NO_GRAPH',
          `circle ${circleId} has no street network yet; import one first`,
        );
      let g = graphs.get(c.graphFile);
      if (!g) graphs.set(c.graphFile, (g = readGraphFile(c.graphFile).graph));
      return g;
    },
    async residences(circleId) {
      return (await residences.list(circleId)).map((r) => ({
        id: r.id,
        name: r.name,
        lon: r.lon,
        lat: r.lat,
        gates: r.gates,
        population: r.population ?? Math.round((r.households ?? 0) * PERSONS_PER_HOUSEHOLD),
      }));
    },
    async facilities(circleId) {
      // Residents shop across circle boundaries: every active merchant on the same street graph counts.
      const target = await circles.get(circleId);
      const all = await circles.list();
      const sameGraph = all.filter((c) => c.graphFile && c.graphFile === target?.graphFile);
      const { items } = await merchants.search(
        { circles: sameGraph.map((c) => ({ id: c.id, allStatuses: false })) },
        null,
      );
      return items.map((m) => ({ id: m.id, name: m.name, types: m.categories, lon: m.lon, lat: m.lat }));
    },
  };
}
