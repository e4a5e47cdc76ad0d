// quarter isochrone | quarter route
import { isochrone } from '../geo/isochrone';
import { profileFor } from '../geo/profile';
import { route } from '../geo/route';
import { readGraphFile } from '../osm/graph-file';
import { lonLatArg, numberList, parse, positiveNumber } from './args';
import { usageError } from './errors';

const ISO_USAGE =
  'quarter isochrone <g.qgraph> --at lon,lat --minutes 5,10,15 [--profile default|elderly|child] [--max-snap-m 500]';

export async function isochroneCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    {
      at: { type: 'string' },
      minutes: { type: 'string' },
      profile: { type: 'string' },
      'max-snap-m': { type: 'string' },
    },
    ISO_USAGE,
  );
  if (positionals.length !== 1) throw usageError(`one graph file expected\nusage: ${ISO_USAGE}`);
  const [lon, lat] = lonLatArg(values.at, 'at');
  const minutes = numberList(values.minutes ?? '5,10,15', 'minutes');
  const profile = profileOption(values.profile);
  const { graph } = readGraphFile(positionals[0]);
  const result = isochrone(graph, lon, lat, {
    minutes,
    profile,
    maxSnapM: positiveNumber(values['max-snap-m'], 'max-snap-m'),
  });
  const fc = {
    type: 'FeatureCollection',
    features: result.features,
    properties: {
      snapped: [result.snap.lon, result.snap.lat],
      snapDistanceM: round1(result.snap.distanceM),
      profile: profile.name,
    },
  };
  process.stdout.write(JSON.stringify(fc) + '\n');
}

const ROUTE_USAGE = 'quarter route <g.qgraph> --from lon,lat --to lon,lat [--profile default|elderly|child]';

export async function routeCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { from: { type: 'string' }, to: { type: 'string' }, profile: { type: 'string' }, 'max-snap-m': { type: 'string' } },
    ROUTE_USAGE,
  );
  if (positionals.length !== 1) throw usageError(`one graph file expected\nusage: ${ROUTE_USAGE}`);
  const from = lonLatArg(values.from, 'from');
  const to = lonLatArg(values.to, 'to');
  const { graph } = readGraphFile(positionals[0]);
  const result = route(graph, from, to, {
    profile: profileOption(values.profile),
    maxSnapM: positiveNumber(values['max-snap-m'], 'max-snap-m'),
  });
  process.stdout.write(JSON.stringify(result) + '\n');
}

function profileOption(name: string | undefined) {
  try {
    return profileFor(name ?? 'default');
  } catch (err) {
    throw usageError((err as Error).message);
  }
}

const round1 = (m: number) => Math.round(m * 10) / 10;
