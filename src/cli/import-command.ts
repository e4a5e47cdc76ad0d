// quarter import osm <file> --circle <id>: the platform's OSM import from a terminal, on the database
// in DATABASE_URL (default ./data/quarter.db), with the job's progress on stderr.
import type { Actor } from '../core/kernel';
import { createPlatform } from '../compose';
import { parse } from './args';
import { CliError, usageError } from './errors';

const USAGE = 'quarter import osm <in.osm.pbf|in.osm|in.osm.gz> --circle <circle-id>';

export async function importCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { circle: { type: 'string' } }, USAGE);
  if (positionals[0] !== 'osm' || positionals.length !== 2) throw usageError(`usage: ${USAGE}`);
  if (!values.circle) throw usageError(`--circle <circle-id> is required\nusage: ${USAGE}`);
  const deps = await createPlatform({ databaseUrl: process.env.DATABASE_URL });
  // The terminal is the operator's own machine: it acts with administrator rights.
  const system: Actor = { userId: 'usr_cli', roles: [{ role: 'admin' }] };
  try {
    const job = await deps.osmImports.start(system, values.circle, positionals[1]);
    const timer = setInterval(async () => {
      const j = await deps.jobs.get(system, job.id).catch(() => null);
      if (j && process.stderr.isTTY)
        process.stderr.write(`\r${j.stage ?? ''} ${Math.round(j.progress * 100)}%`.padEnd(40));
    }, 200);
    await deps.osmImports.idle();
    clearInterval(timer);
    const done = await deps.jobs.get(system, job.id);
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (done.status !== 'succeeded')
      throw new CliError(
        `${positionals[1]}: ${String((done.report as { error?: string } | null)?.error ?? 'import failed')}`,
      );
    process.stdout.write(JSON.stringify(done.report) + '\n');
  } finally {
    await deps.close();
  }
}
