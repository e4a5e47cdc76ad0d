// quarter access <g.qgraph> --facilities f.csv --out out.f32 [--cutoff-m 1200] [--csv]
import { facilitySeeds } from '../geo/access';
import { SnapError } from '../geo/snap';
import { readGraphFile, writeFileAtomic } from '../osm/graph-file';
import { accessMatrixParallel } from './access-parallel';
import { parse, positiveNumber } from './args';
import { CliError, usageError } from './errors';
import { readFacilities } from './facilities-csv';
import { writeCsv } from './graph-commands';

const USAGE = 'quarter access <g.qgraph> --facilities f.csv --out out.f32 [--cutoff-m 1200] [--csv] [--max-snap-m 500]';

export async function accessCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    {
      facilities: { type: 'string' },
      out: { type: 'string' },
      'cutoff-m': { type: 'string' },
      csv: { type: 'boolean' },
      'max-snap-m': { type: 'string' },
      threads: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw usageError(`one graph file expected\nusage: ${USAGE}`);
  if (!values.facilities || !values.out) throw usageError(`--facilities and --out are required\nusage: ${USAGE}`);
  const cutoffM = positiveNumber(values['cutoff-m'], 'cutoff-m');
  const maxSnapM = positiveNumber(values['max-snap-m'], 'max-snap-m', 500)!;
  const threads = positiveNumber(values.threads, 'threads');
  const loaded = readGraphFile(positionals[0], { shared: true });
  const g = loaded.graph;
  const facilities = readFacilities(values.facilities, g.nodeCount);
  let seeds;
  try {
    seeds = facilitySeeds(g, facilities, g.arcLengthDm, maxSnapM);
  } catch (err) {
    if (err instanceof SnapError) {
      const i = facilities.findIndex((f) => f.lon === err.lon && f.lat === err.lat);
      throw new CliError(`${values.facilities}: line ${i + 2}: ${err.message}`);
    }
    throw err;
  }
  // Columns in byte order of the category name (as the C++ reference's std::map does).
  seeds.sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const cutoffDm = cutoffM === undefined ? Infinity : Math.round(cutoffM * 10);
  const out = await accessMatrixParallel(g, loaded.bytes, seeds, cutoffDm, threads);
  const categories = seeds.map((s) => s.category);
  const K = categories.length;
  if (values.csv) {
    await writeCsv(values.out, 'node,category,metres\n', (push) => {
      for (let u = 0; u < g.nodeCount; u++) {
        for (let k = 0; k < K; k++) {
          const m = out[u * K + k];
          push(`${u},${csvField(categories[k])},${m === Infinity ? 'Infinity' : round1(m)}\n`);
        }
      }
    });
  } else {
    writeFileAtomic(values.out, new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    writeFileAtomic(`${values.out}.json`, JSON.stringify({ nodes: g.nodeCount, categories }) + '\n');
  }
}

const round1 = (m: number) => Math.round(m * 10) / 10;
const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
