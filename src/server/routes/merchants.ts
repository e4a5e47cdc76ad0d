// The merchant directory and merchant records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MerchantsService } from '../../core/merchants';
import type { RouteLimits } from '../types';
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

export const merchantRoutes: FastifyPluginAsyncZod<{ merchants: MerchantsService; limits: RouteLimits }> = async (
  app,
  { merchants, limits },
) => {
  const writeLimit = { max: limits.write, timeWindow: '1 minute' };

  app.get(
    '/merchants',
    {
      config: { action: 'merchants.list' },
      schema: {
        tags,
        summary: 'Search the directory: text, pinyin or initials (q), business type, open now',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(merchantSchema), total: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return merchants.search(request.actor, {
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
    {
      config: { action: 'merchants.read' },
      schema: { tags, params: idParams, response: { 200: merchantDetailSchema, ...problemResponses } },
    },
    async (request) => merchants.get(request.actor, request.params.id),
  );

  app.post(
    '/merchants',
    {
      config: { action: 'merchants.create', rateLimit: writeLimit },
      schema: {
        tags,
        summary: 'Add a merchant (coordinates in WGS84, GCJ02 or BD09; stored as WGS-84)',
        body: merchantCreateSchema,
        response: { 201: merchantDetailSchema, ...problemResponses, 409: problemSchema },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await merchants.create(request.actor, request.body));
    },
  );

  app.patch(
    '/merchants/:id',
    {
      config: { action: 'merchants.update', rateLimit: writeLimit },
      schema: {
        tags,
        params: idParams,
        body: merchantPatchSchema,
        response: { 200: merchantDetailSchema, ...problemResponses },
      },
    },
    async (request) => merchants.update(request.actor, request.params.id, request.body),
  );
};
