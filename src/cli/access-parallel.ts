// Splits the access matrix's categories across worker threads that view one shared graph buffer and
// write into one shared output: no copies, one graph in memory. Falls back to the calling thread
// when the worker script is not built (tests running from source) or the job is small.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { accessMatrixInto, type AccessJob, type CategorySeeds } from '../geo/access';
import type { WalkGraph } from '../geo/graph';

export interface WorkerRequest {
  graphBytes: Uint8Array;
  out: Float32Array;
  job: Omit<AccessJob, 'weights'> & { weights: 'metres' };
}

export async function accessMatrixParallel(
  g: WalkGraph,
  sharedGraphBytes: Uint8Array | null,
  seeds: CategorySeeds[],
  cutoffDm: number,
  threads = availableParallelism(),
): Promise<Float32Array> {
  const width = seeds.length;
  const shared = typeof SharedArrayBuffer !== 'undefined' && sharedGraphBytes?.buffer instanceof SharedArrayBuffer;
  const out = new Float32Array(
    shared ? new SharedArrayBuffer(g.nodeCount * width * 4) : new ArrayBuffer(g.nodeCount * width * 4),
  );
  const workerUrl = new URL('./access-worker.js', import.meta.url);
  const canThread = shared && threads > 1 && width > 1 && existsSync(fileURLToPath(workerUrl)) && g.nodeCount > 20_000;
  const all = seeds.map((_, i) => i);
  const base = { scale: 0.1, cutoff: cutoffDm, width };
  if (!canThread) {
    accessMatrixInto(g, { ...base, weights: g.arcLengthDm, seeds, columns: all }, out);
    return out;
  }
  // Round-robin columns; the calling thread takes share 0, workers the others.
  const shares = Array.from({ length: Math.min(threads, width) }, (_, t) =>
    all.filter((c) => c % Math.min(threads, width) === t),
  );
  const workers = shares.slice(1).map(
    (columns) =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(workerUrl);
        const req: WorkerRequest = {
          graphBytes: sharedGraphBytes!,
          out,
          job: { ...base, weights: 'metres', seeds: columns.map((c) => seeds[c]), columns },
        };
        w.once('message', (m: { ok: boolean; error?: string }) => {
          void w.terminate();
          if (m.ok) resolve();
          else reject(new Error(m.error));
        });
        w.once('error', reject);
        w.postMessage(req);
      }),
  );
  accessMatrixInto(
    g,
    { ...base, weights: g.arcLengthDm, seeds: shares[0].map((c) => seeds[c]), columns: shares[0] },
    out,
  );
  await Promise.all(workers);
  return out;
}
