// Life-circle evaluation on the demo community (~60k residents, 20+ types): full evaluation, a
// what-if change to scorecard difference, and top-5 siting for the repair point (B10).
import { CircleEvaluation, NATIONAL_DEFAULT } from '../src/core/evaluation';
import { demoEvaluationInput } from '../src/flows/demo-evaluation';
import { fmt, median } from './stats';

export async function evaluationBench({ smoke }: { smoke: boolean }): Promise<Record<string, unknown>> {
  const input = await demoEvaluationInput();
  const reps = smoke ? 2 : 9;
  const time = (fn: () => void) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  let ev!: CircleEvaluation;
  const full = Array.from({ length: reps }, () =>
    time(() => {
      ev = new CircleEvaluation(input.graph, input.residences, input.facilities, NATIONAL_DEFAULT);
      ev.scorecard();
    }),
  );
  const [lon, lat] = input.residences[0].gates[0] ?? [input.residences[0].lon, input.residences[0].lat];
  const whatIf = Array.from({ length: reps }, (_, i) =>
    time(() => {
      const s = ev.withChanges([{ kind: 'add', facility: { id: `scn_${i}`, types: ['B10'], lon, lat } }]);
      const before = ev.scorecard();
      const after = s.scorecard();
      if (after.types.length !== before.types.length) throw new Error('scorecards differ in shape');
    }),
  );
  let gain = 0;
  const siting = Array.from({ length: smoke ? 1 : 5 }, () =>
    time(() => {
      gain = ev.recommend('B10', 15, 5).reduce((s, r) => s + r.gainPopulation, 0);
    }),
  );
  const r = {
    residents: ev.population,
    residences: ev.residences.length,
    facilities: input.facilities.length,
    graphNodes: input.graph.nodeCount,
    fullEvaluationMs: median(full),
    whatIfMs: median(whatIf),
    sitingTop5Ms: median(siting),
    sitingTop5GainResidents: gain,
  };
  console.log(
    `\n## Evaluation on the demo community (${r.residents} residents in ${r.residences} compounds, ${r.facilities} merchants, ${r.graphNodes} graph nodes; median of ${reps})\n`,
  );
  console.log('| step | ms |');
  console.log('|---|---|');
  console.log(`| full evaluation (snap, coverage for every type, scorecard) | ${fmt(r.fullEvaluationMs)} |`);
  console.log(`| what-if: add a repair point → scorecard difference | ${fmt(r.whatIfMs)} |`);
  console.log(
    `| siting: top 5 places for B10 within 15 min (${r.sitingTop5GainResidents} residents gained) | ${fmt(r.sitingTop5Ms)} |`,
  );
  return r;
}
