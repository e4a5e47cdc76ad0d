// quarter evaluate <circle-id> | <circle.json> | --demo  [--out-dir dir] [--profile default|elderly|child] [--lang zh-CN|en]
// Prints the scorecard and writes the XLSX and GeoJSON exports.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CircleEvaluation,
  describeReason,
  RULE_SETS,
  typeName,
  type EvalFacility,
  type EvalResidence,
  type ProfileName,
} from '../core/evaluation';
import { demoEvaluationInput } from '../flows/demo-evaluation';
import { evaluationWorkbook, residencesGeoJSON } from '../flows/evaluation-export';
import { readGraphFile, writeFileAtomic } from '../osm/graph-file';
import { parse } from './args';
import { CliError, usageError } from './errors';

const USAGE =
  'quarter evaluate <circle.json> | --demo [--out-dir dir] [--profile default|elderly|child] [--lang zh-CN|en]';

interface CircleFile {
  name: string;
  graph: string;
  ruleSet?: string;
  residences: EvalResidence[];
  facilities: EvalFacility[];
}

export async function evaluateCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { demo: { type: 'boolean' }, 'out-dir': { type: 'string' }, profile: { type: 'string' }, lang: { type: 'string' } },
    USAGE,
  );
  const lang = values.lang === 'en' ? 'en' : 'zh-CN';
  const profile = (values.profile ?? 'default') as ProfileName;
  if (!['default', 'elderly', 'child'].includes(profile))
    throw usageError(`--profile must be default, elderly or child`);
  let evaluation: CircleEvaluation;
  let name: string;
  if (values.demo) {
    const input = await demoEvaluationInput();
    evaluation = new CircleEvaluation(input.graph, input.residences, input.facilities, RULE_SETS['national-default']);
    name = input.circleName;
  } else if (positionals.length === 1 && /^cir_/.test(positionals[0])) {
    // A circle of the platform database (DATABASE_URL, default ./data/quarter.db).
    const { createPlatform } = await import('../compose');
    const deps = await createPlatform({ databaseUrl: process.env.DATABASE_URL });
    try {
      const system = { userId: 'usr_cli', roles: [{ role: 'admin' as const }] };
      const circle = await deps.repos.circles.get(positionals[0]);
      if (!circle)
        throw new CliError(`circle ${positionals[0]} not found in ${process.env.DATABASE_URL ?? 'data/quarter.db'}`);
      await deps.evaluation.scorecard(system, circle.id); // access check and build
      evaluation = await deps.evaluation.evaluation(circle.id);
      name = circle.name;
    } finally {
      await deps.close();
    }
  } else {
    if (positionals.length !== 1) throw usageError(`a circle id, a circle file or --demo is required\nusage: ${USAGE}`);
    const file = positionals[0];
    const circle = readCircleFile(file);
    const rules = RULE_SETS[circle.ruleSet ?? 'national-default'];
    if (!rules)
      throw new CliError(
        `${file}: unknown ruleSet "${circle.ruleSet}"; use one of ${Object.keys(RULE_SETS).join(', ')}`,
      );
    const { graph } = readGraphFile(path.resolve(path.dirname(file), circle.graph));
    evaluation = new CircleEvaluation(graph, circle.residences, circle.facilities, rules);
    name = circle.name;
  }
  const started = performance.now();
  const card = evaluation.scorecard(profile);
  const ms = performance.now() - started;
  const names = typeName(lang);
  const out = process.stdout;
  out.write(
    `${name}: ${card.population} ${lang === 'en' ? 'residents' : '居民'}, tier ${card.tier ?? '-'} (${Math.round(ms)} ms)\n`,
  );
  for (const t of card.types) {
    const shares = t.shares.map((s) => `${Math.round(s * 100)}%`.padStart(5)).join(' ');
    out.write(`${t.pass ? '✓' : '✗'} ${t.type} ${shares}  ${describeReason(t.reason, lang, names)}\n`);
  }
  for (const g of card.groups) out.write(`${g.complete ? '✓' : '✗'} ${describeReason(g.reason, lang, names)}\n`);
  for (const gap of card.nextTierGaps) out.write(`→ ${describeReason(gap, lang, names)}\n`);
  if (evaluation.unsnapped.length)
    out.write(`(${evaluation.unsnapped.length} places could not be placed on the network and were left out)\n`);
  const dir = values['out-dir'] ?? '.';
  mkdirSync(dir, { recursive: true });
  const ctx = { circleName: name, evaluation, scorecard: card, typeName: typeName('zh-CN') };
  const base = path.join(dir, `${name}-evaluation`);
  writeFileAtomic(`${base}.xlsx`, await evaluationWorkbook(ctx));
  writeFileAtomic(`${base}.geojson`, JSON.stringify(residencesGeoJSON(ctx)));
  out.write(`wrote ${base}.xlsx and ${base}.geojson\n`);
}

function readCircleFile(file: string): CircleFile {
  if (!existsSync(file)) throw new CliError(`${file}: file not found`);
  let data: CircleFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const need = (ok: boolean, what: string) => {
    if (!ok)
      throw new CliError(
        `${file}: ${what}; expected {name, graph, residences: [{id,name,lon,lat,gates,population}], facilities: [{id,types,lon,lat}]}`,
      );
  };
  need(
    typeof data.name === 'string' && typeof data.graph === 'string',
    '"name" and "graph" (path to a .qgraph) are required',
  );
  need(
    Array.isArray(data.residences) && Array.isArray(data.facilities),
    '"residences" and "facilities" must be arrays',
  );
  data.residences.forEach((r, i) =>
    need(
      typeof r.id === 'string' && Number.isFinite(r.lon) && Number.isFinite(r.lat) && r.population >= 0,
      `residences[${i}] needs id, lon, lat and population`,
    ),
  );
  data.facilities.forEach((f, i) =>
    need(
      typeof f.id === 'string' && Array.isArray(f.types) && Number.isFinite(f.lon) && Number.isFinite(f.lat),
      `facilities[${i}] needs id, types, lon and lat`,
    ),
  );
  for (const r of data.residences) r.gates ??= [];
  return data;
}
