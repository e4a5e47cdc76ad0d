import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CirclesService } from '../../core/circles';
import { circleSchema, featureCollectionSchema, idParams, problemResponses } from '../schemas';
import { circleView } from '../views';

export const circleRoutes: FastifyPluginAsyncZod<{ circles: CirclesService }> = async (app, { circles }) => {
  app.get(
    '/circles',
    {
      config: { action: 'circles.read' },
      schema: {
        tags: ['circles'],
        summary: 'Circles visible to the signed-in user',
        response: { 200: z.object({ items: z.array(circleSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: (await circles.list(request.actor)).map(circleView) }),
  );

  app.get(
    '/circles/:id',
    {
      config: { action: 'circles.read' },
      schema: { tags: ['circles'], params: idParams, response: { 200: circleSchema, ...problemResponses } },
    },
    async (request) => circleView(await circles.get(request.actor, request.params.id)),
  );

  app.get(
    '/circles/:id/map',
    {
      config: { action: 'circles.read' },
      schema: {
        tags: ['circles'],
        summary: 'Streets and buildings of the circle as GeoJSON (drawn from our own OSM data)',
        params: idParams,
        response: {
          200: z.object({ streets: featureCollectionSchema, buildings: featureCollectionSchema }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, max-age=300');
      const map = await circles.map(request.actor, request.params.id);
      return map as {
        streets: { type: string; features: Record<string, unknown>[] };
        buildings: { type: string; features: Record<string, unknown>[] };
      };
    },
  );
};
