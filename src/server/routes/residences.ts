import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ResidencesService } from '../../core/residences';
import type { RouteLimits } from '../types';
import { idParams, problemResponses, residenceCreateSchema, residencePatchSchema, residenceSchema } from '../schemas';
import { residenceView } from '../views';

const tags = ['residences'];

export const residenceRoutes: FastifyPluginAsyncZod<{ residences: ResidencesService; limits: RouteLimits }> = async (
  app,
  { residences, limits },
) => {
  const writeLimit = { max: limits.write, timeWindow: '1 minute' };

  app.get(
    '/residences',
    {
      config: { action: 'residences.list' },
      schema: {
        tags,
        summary: 'Residences of a circle (staff of the circle)',
        querystring: z.object({ circleId: z.string().min(1).max(64).optional() }),
        response: { 200: z.object({ items: z.array(residenceSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: (await residences.list(request.actor, request.query.circleId)).map(residenceView),
    }),
  );

  app.post(
    '/residences',
    {
      config: { action: 'residences.create', rateLimit: writeLimit },
      schema: { tags, body: residenceCreateSchema, response: { 201: residenceSchema, ...problemResponses } },
    },
    async (request, reply) =>
      reply.status(201).send(residenceView(await residences.create(request.actor, request.body))),
  );

  app.patch(
    '/residences/:id',
    {
      config: { action: 'residences.update', rateLimit: writeLimit },
      schema: {
        tags,
        params: idParams,
        body: residencePatchSchema,
        response: { 200: residenceSchema, ...problemResponses },
      },
    },
    async (request) => residenceView(await residences.update(request.actor, request.params.id, request.body)),
  );
};
