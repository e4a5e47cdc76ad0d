// Entry of `npm run bench`: runs each benchmark suite and writes .bench-out/results.json.
// Figures quoted in README ## Performance come from a full (non-smoke) run on the 2-core machine.
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { engineBench } from './engine.bench';
import { evaluationBench } from './evaluation.bench';
import { platformBench } from './platform.bench';

const smoke = process.argv.includes('--smoke');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const suites: Record<string, (o: { smoke: boolean }) => Promise<Record<string, unknown>>> = {
  engine: engineBench,
  evaluation: evaluationBench,
  platform: platformBench,
};

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`# Quarter benchmark${smoke ? ' (smoke)' : ''}\n\nMachine: ${machine}`);
const results: Record<string, unknown> = { machine, smoke };
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  results[name] = await run({ smoke });
}
mkdirSync('.bench-out', { recursive: true });
writeFileSync('.bench-out/results.json', JSON.stringify(results, null, 2));
