// Worker side of accessMatrixParallel: view the shared graph (already checksummed by the parent),
// fill the assigned columns of the shared output.
import { parentPort } from 'node:worker_threads';
import { accessMatrixInto } from '../geo/access';
import { decodeGraph } from '../geo/graph-format';
import type { WorkerRequest } from './access-parallel';

parentPort!.once('message', (req: WorkerRequest) => {
  try {
    const { graph } = decodeGraph(req.graphBytes, { trusted: true });
    accessMatrixInto(graph, { ...req.job, weights: graph.arcLengthDm }, req.out);
    parentPort!.postMessage({ ok: true });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).stack ?? String(err) });
  }
});
