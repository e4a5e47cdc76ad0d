import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../deps';
import { businessTypeSchema, problemResponses } from '../schemas';

export const catalogueRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/catalogue/business-types',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Business-type catalogue (basic B01–B15 with B10 repair sub-types, quality Q01–Q09)',
        response: { 200: z.object({ items: z.array(businessTypeSchema) }), ...problemResponses },
      },
    },
    async () => ({
      items: (await deps.catalogue.list()).map((t) => ({
        code: t.code,
        nameZh: t.nameZh,
        nameEn: t.nameEn,
        class: t.class,
        group: t.group,
        microProfit: t.microProfit,
        parentCode: t.parentCode,
      })),
    }),
  );
};
