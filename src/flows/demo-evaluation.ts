// The demo community as an evaluation input: its street graph built through the engine, the main
// circle's residences (with gates) and every open merchant of the area as facilities (residents
// shop across circle boundaries). Used by `quarter evaluate --demo`, the benchmark and tests.
import { CircleEvaluation, type EvalFacility, type EvalResidence } from '../core/evaluation/engine';
import { NATIONAL_DEFAULT } from '../core/evaluation/rule-sets';
import { buildDemoCommunity } from '../demo';
import type { DemoCommunity } from '../demo/types';
import type { WalkGraph } from '../geo';
import { importOsm } from '../osm/build';

export interface DemoEvaluationInput {
  community: DemoCommunity;
  graph: WalkGraph;
  residences: EvalResidence[];
  facilities: EvalFacility[];
  circleName: string;
}

export async function demoEvaluationInput(circleIndex = 0): Promise<DemoEvaluationInput> {
  const community = buildDemoCommunity();
  const { graph } = await importOsm(community.osm);
  const circle = community.circles[circleIndex];
  const residences = community.residences
    .filter((r) => r.circleKey === circle.key)
    .map((r) => ({ id: r.key, name: r.name, lon: r.lon, lat: r.lat, gates: r.gates, population: r.population }));
  const facilities = community.merchants
    .filter((m) => m.status === 'active')
    .map((m) => ({ id: m.key, name: m.name, types: m.categories, lon: m.lon, lat: m.lat }));
  return { community, graph, residences, facilities, circleName: circle.name };
}

export function evaluate(input: DemoEvaluationInput): CircleEvaluation {
  return new CircleEvaluation(input.graph, input.residences, input.facilities, NATIONAL_DEFAULT);
}
