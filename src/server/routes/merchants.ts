// The merchant directory and merchant records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../deps';
import { problemSchema } from '../problems';
import {
  idParams,
  merchantCreateSchema,
  merchantDetailSchema,
  merchantPatchSchema,
  merchantSchema,
  problemResponses,
} from '../schemas';

const tags = ['merchants'];

const listQuery = z.object({
  circleId: z.string().min(1).max(64).optional(),
  q: z.string().max(50).optional(),
  category: z.string().max(16).optional(),
  openNow: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const merchantRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const writeLimit = { max: deps.options.rateLimit.write, timeWindow: '1 minute' };

  app.get(
    '/merchants',
    {
      schema: {
        tags,
        summary: 'Search the directory: text, pinyin or initials (q), business type, open now',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(merchantSchema), total: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return deps.merchants.search(request.actor, {
        circleId: q.circleId,
        q: q.q,
        category: q.category,
        openNow: q.openNow === undefined ? undefined : q.openNow === 'true',
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  app.get(
    '/merchants/:id',
    { schema: { tags, params: idParams, response: { 200: merchantDetailSchema, ...problemResponses } } },
    async (request) => deps.merchants.get(request.actor, request.params.id),
  );

  app.post(
    '/merchants',
    {
      config: { rateLimit: writeLimit },
      schema: {
        tags,
        summary: 'Add a merchant (coordinates in WGS84, GCJ02 or BD09; stored as WGS-84)',
        body: merchantCreateSchema,
        response: { 201: merchantDetailSchema, ...problemResponses, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await deps.merchants.create(request.actor, request.body);
      await evaluationSees(deps, created);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/merchants/:id',
    {
      config: { rateLimit: writeLimit },
      schema: {
        tags,
        params: idParams,
        body: merchantPatchSchema,
        response: { 200: merchantDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const updated = await deps.merchants.update(request.actor, request.params.id, request.body);
      await evaluationSees(deps, updated);
      return updated;
    },
  );
};

/** Keep cached circle evaluations current: an active merchant counts as a facility, others do not. */
async function evaluationSees(
  deps: Deps,
  m: { id: string; name: string; categories: string[]; lon: number; lat: number; status?: string },
): Promise<void> {
  if (m.status === 'active')
    await deps.evaluation.merchantChanged('upsert', {
      id: m.id,
      name: m.name,
      types: m.categories,
      lon: m.lon,
      lat: m.lat,
    });
  else await deps.evaluation.merchantChanged('remove', { id: m.id });
}
