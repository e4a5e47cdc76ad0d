// Life-circle evaluation over HTTP: scorecards, coverage per residence, isochrones, siting, equity,
// what-if scenarios, snapshots (trend), exports and the officers' district view.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { typeName } from '../../core/evaluation';
import { evaluationWorkbook, residencesGeoJSON } from '../../flows/evaluation-export';
import type { CirclesService } from '../../core/circles';
import type { EvaluationService, RuleSet, ScenariosService } from '../../core/evaluation';
import type { Actor } from '../../core/kernel';
import { featureCollectionSchema, idParams, problemResponses } from '../schemas';

const profile = z.enum(['default', 'elderly', 'child']).default('default');
const typeCode = z.string().regex(/^[BQ]\d{2}$/, 'a catalogue code such as B10');

const reasonSchema = z.object({
  code: z.enum(['missing', 'below_target', 'meets_target', 'group_incomplete', 'group_complete', 'count_below']),
  type: z.string().optional(),
  minutes: z.number().optional(),
  share: z.number().optional(),
  target: z.number().optional(),
  group: z.string().optional(),
  missing: z.array(z.string()).optional(),
  kind: z.string().optional(),
  count: z.number().optional(),
  required: z.number().optional(),
});

export const scorecardSchema = z
  .object({
    ruleSet: z.string(),
    population: z.number(),
    bands: z.array(z.number()),
    types: z.array(
      z.object({
        type: z.string(),
        kind: z.enum(['basic', 'quality']),
        facilities: z.number(),
        shares: z.array(z.number()),
        shareAtTarget: z.number(),
        targetMinutes: z.number(),
        pass: z.boolean(),
        reason: reasonSchema,
      }),
    ),
    groups: z.array(z.object({ id: z.string(), nameZh: z.string(), complete: z.boolean(), reason: reasonSchema })),
    basicPresent: z.number(),
    basicPassing: z.number(),
    qualityPresent: z.number(),
    tier: z.enum(['basic', 'enhanced', 'quality']).nullable(),
    nextTierGaps: z.array(reasonSchema),
  })
  .meta({ id: 'Scorecard' });

const changeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    types: z.array(typeCode).min(1),
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    name: z.string().max(100).optional(),
  }),
  z.object({ kind: z.literal('remove'), facilityId: z.string().min(1) }),
  z.object({
    kind: z.literal('move'),
    facilityId: z.string().min(1),
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
  }),
  z.object({ kind: z.literal('close_street'), lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
]);

const storedChangeSchema = z.record(z.string(), z.unknown());
const scenarioSchema = z
  .object({
    id: z.string(),
    circleId: z.string(),
    name: z.string(),
    changes: z.array(storedChangeSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Scenario' });
const snapshotSchema = z.object({
  id: z.string(),
  circleId: z.string(),
  takenAt: z.string(),
  population: z.number(),
  tier: z.string().nullable(),
  basicPassing: z.number(),
  qualityPresent: z.number(),
  shares: z.record(z.string(), z.number()),
});
const sidParams = z.object({ sid: z.string().min(1).max(64) });

export interface EvaluationRouteOptions {
  evaluation: EvaluationService;
  scenarios: ScenariosService;
  circles: CirclesService;
  rules: RuleSet;
}

export const evaluationRoutes: FastifyPluginAsyncZod<EvaluationRouteOptions> = async (app, o) => {
  const ev = o.evaluation;
  const sc = o.scenarios;
  const withBands = <T extends object>(card: T) => ({ ...card, bands: o.rules.bands });

  app.get(
    '/circles/:id/evaluation',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Scorecard of a circle',
        params: idParams,
        querystring: z.object({ profile }),
        response: { 200: scorecardSchema, ...problemResponses },
      },
    },
    async (request) => withBands(await ev.scorecard(request.actor, request.params.id, request.query.profile)),
  );

  app.get(
    '/circles/:id/evaluation/equity',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'The same indicators for the elderly and child-escort walking profiles',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                type: z.string(),
                targetMinutes: z.number(),
                shareAtTarget: z.object({ default: z.number(), elderly: z.number(), child: z.number() }),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await ev.equity(request.actor, request.params.id) }),
  );

  app.get(
    '/circles/:id/coverage',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Walking minutes from every residence to the nearest facility of a type',
        params: idParams,
        querystring: z.object({ type: typeCode, profile }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                lon: z.number(),
                lat: z.number(),
                population: z.number(),
                minutes: z.number().nullable(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      items: await ev.coverage(request.actor, request.params.id, request.query.type, request.query.profile),
    }),
  );

  app.get(
    '/circles/:id/isochrone',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Walking-time bands from a point, as GeoJSON MultiPolygons',
        params: idParams,
        querystring: z.object({
          lon: z.coerce.number().min(-180).max(180),
          lat: z.coerce.number().min(-90).max(90),
          minutes: z
            .string()
            .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?){0,5}$/, 'comma-separated minutes, e.g. 5,10,15')
            .default('5,10,15'),
          profile,
        }),
        response: { 200: featureCollectionSchema.extend({ snapped: z.array(z.number()) }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const fc = await ev.isochrone(
        request.actor,
        request.params.id,
        q.lon,
        q.lat,
        q.minutes.split(',').map(Number),
        q.profile,
      );
      return fc as unknown as { type: string; features: Record<string, unknown>[]; snapped: number[] };
    },
  );

  app.get(
    '/circles/:id/recommendations',
    {
      config: { action: 'evaluation.plan' },
      schema: {
        tags: ['evaluation'],
        summary: 'Where to put a missing facility: maximal covering location (greedy, lazy)',
        params: idParams,
        querystring: z.object({
          type: typeCode,
          minutes: z.coerce.number().positive().max(60).default(15),
          count: z.coerce.number().int().min(1).max(20).default(5),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                lon: z.number(),
                lat: z.number(),
                label: z.string().optional(),
                gainPopulation: z.number(),
                residences: z.array(z.string()),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return { items: await ev.recommendations(request.actor, request.params.id, q.type, q.minutes, q.count) };
    },
  );

  app.get(
    '/circles/:id/evaluation.xlsx',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Scorecard and per-residence results as XLSX (Chinese headers)',
        params: idParams,
        // Sent as a file (a Buffer bypasses the serializer); documented for the client generator.
        response: { 200: z.string().meta({ format: 'binary', description: 'XLSX workbook' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { buffer, name } = await exportContext(request.actor, request.params.id, 'xlsx');
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`);
      return reply.send(buffer as never);
    },
  );

  app.get(
    '/circles/:id/evaluation.geojson',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Residences with walking minutes per type as GeoJSON',
        params: idParams,
        response: { 200: featureCollectionSchema, ...problemResponses },
      },
    },
    async (request) =>
      (await exportContext(request.actor, request.params.id, 'geojson')).geojson as {
        type: string;
        features: Record<string, unknown>[];
      },
  );

  async function exportContext(actor: Actor | null, circleId: string, kind: 'xlsx' | 'geojson') {
    const scorecard = await ev.scorecard(actor, circleId);
    const evaluation = await ev.evaluation(circleId);
    const circle = await o.circles.get(actor, circleId);
    const ctx = { circleName: circle.name, evaluation, scorecard, typeName: typeName('zh-CN') };
    return {
      name: `${ctx.circleName}-评估`,
      buffer: kind === 'xlsx' ? await evaluationWorkbook(ctx) : undefined,
      geojson: kind === 'geojson' ? residencesGeoJSON(ctx) : undefined,
    };
  }

  app.get(
    '/districts/:code/scores',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Scores of every circle of a district (officers’ city view)',
        params: z.object({ code: z.string().regex(/^\d{6}$/, 'a 6-digit district code') }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                population: z.number(),
                tier: z.string().nullable(),
                basicPassing: z.number(),
                qualityPresent: z.number(),
                groupsComplete: z.number(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await ev.districtScores(request.actor, request.params.code) }),
  );

  app.post(
    '/circles/:id/scenarios',
    {
      config: { action: 'evaluation.plan' },
      schema: {
        tags: ['evaluation'],
        summary: 'Start a named what-if scenario',
        params: idParams,
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 200: scenarioSchema, ...problemResponses },
      },
    },
    async (request) => sc.create(request.actor ?? null, request.params.id, request.body.name),
  );

  app.get(
    '/circles/:id/scenarios',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        params: idParams,
        response: { 200: z.object({ items: z.array(scenarioSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await sc.list(request.actor, request.params.id) }),
  );

  app.get(
    '/scenarios/:sid',
    {
      config: { action: 'evaluation.read' },
      schema: { tags: ['evaluation'], params: sidParams, response: { 200: scenarioSchema, ...problemResponses } },
    },
    async (request) => sc.get(request.actor, request.params.sid),
  );

  app.post(
    '/scenarios/:sid/changes',
    {
      config: { action: 'evaluation.plan' },
      schema: {
        tags: ['evaluation'],
        summary: 'Add, remove or move a facility, or close a street, in a scenario',
        params: sidParams,
        body: changeSchema,
        response: { 200: scenarioSchema, ...problemResponses },
      },
    },
    async (request) => sc.addChange(request.actor, request.params.sid, request.body),
  );

  app.delete(
    '/scenarios/:sid/changes/:index',
    {
      config: { action: 'evaluation.plan' },
      schema: {
        tags: ['evaluation'],
        params: sidParams.extend({ index: z.coerce.number().int().min(0) }),
        response: { 200: scenarioSchema, ...problemResponses },
      },
    },
    async (request) => sc.removeChange(request.actor, request.params.sid, request.params.index),
  );

  app.get(
    '/scenarios/:sid/evaluation',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Scenario scorecard against the live baseline (nothing live changes)',
        params: sidParams,
        response: {
          200: z.object({
            baseline: scorecardSchema,
            scenario: scorecardSchema,
            diff: z.array(z.object({ type: z.string(), before: z.number(), after: z.number() })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const r = await sc.evaluate(request.actor, request.params.sid);
      return { baseline: withBands(r.baseline), scenario: withBands(r.scenario), diff: r.diff };
    },
  );

  app.post(
    '/circles/:id/snapshots',
    {
      config: { action: 'evaluation.plan' },
      schema: {
        tags: ['evaluation'],
        summary: 'Record today’s scorecard for the trend',
        params: idParams,
        response: { 200: snapshotSchema, ...problemResponses },
      },
    },
    async (request) => sc.snapshot(request.actor, request.params.id),
  );

  app.get(
    '/circles/:id/snapshots',
    {
      config: { action: 'evaluation.read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Scorecard snapshots over time',
        params: idParams,
        response: { 200: z.object({ items: z.array(snapshotSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await sc.trend(request.actor, request.params.id) }),
  );
};
