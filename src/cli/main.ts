// The quarter command: the same use cases as the server, from a terminal.
import { GraphFormatError } from '../geo/graph-format';
import { SnapError } from '../geo/snap';
import { NoRouteError } from '../geo/route';
import { ImportsError } from '../core/imports';
import { ImportError } from '../osm/build';
import { OsmInputError } from '../osm/source';
import { CliError } from './errors';

type Command = (argv: string[]) => Promise<void>;

// Loaded on demand: a command pays only for the modules it uses (startup matters for `access`,
// whose whole-process time is benchmarked).
export const commands: Record<string, () => Promise<Command>> = {
  'graph build': async () => (await import('./graph-commands')).graphBuild,
  'graph export': async () => (await import('./graph-commands')).graphExport,
  access: async () => (await import('./access-command')).accessCommand,
  isochrone: async () => (await import('./query-commands')).isochroneCommand,
  route: async () => (await import('./query-commands')).routeCommand,
  evaluate: async () => (await import('./evaluate-command')).evaluateCommand,
  import: async () => (await import('./import-command')).importCommand,
};

const HELP = `quarter — walking engine and platform tools for 15-minute life circles

  quarter graph build <in.osm.pbf|in.osm|in.osm.gz> -o <out.qgraph> [--bbox minLon,minLat,maxLon,maxLat] [--speed-m-per-min 60] [--private exclude|walkable]
  quarter graph export <g.qgraph> --nodes nodes.csv --edges edges.csv
  quarter access <g.qgraph> --facilities f.csv --out out.f32 [--cutoff-m 1200] [--csv]
  quarter isochrone <g.qgraph> --at lon,lat --minutes 5,10,15 [--profile default|elderly|child]
  quarter route <g.qgraph> --from lon,lat --to lon,lat
  quarter import osm <in.osm.pbf|in.osm|in.osm.gz> --circle <circle-id>   (into the platform database)
  quarter evaluate <circle-id> | <circle.json> | --demo [--out-dir dir] [--profile default|elderly|child] [--lang zh-CN|en]

Map data © OpenStreetMap contributors (ODbL).`;

export async function run(argv: string[]): Promise<number> {
  const two = `${argv[0]} ${argv[1]}`;
  const [name, rest] = commands[two] ? [two, argv.slice(2)] : [argv[0], argv.slice(1)];
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`quarter: unknown command "${argv.join(' ')}"; run \`quarter help\` for the list\n`);
    return 2;
  }
  try {
    const command = await load();
    await command(rest);
    return 0;
  } catch (err) {
    const known =
      err instanceof CliError ||
      err instanceof OsmInputError ||
      err instanceof ImportError ||
      err instanceof ImportsError ||
      err instanceof GraphFormatError ||
      err instanceof SnapError ||
      err instanceof NoRouteError ||
      err instanceof RangeError;
    process.stderr.write(
      `quarter ${name}: ${known ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`,
    );
    return err instanceof CliError ? err.exitCode : 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
