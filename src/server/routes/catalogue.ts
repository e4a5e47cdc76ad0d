import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogueService } from '../../core/catalogue';
import { businessTypeSchema, problemResponses } from '../schemas';

export const catalogueRoutes: FastifyPluginAsyncZod<{ catalogue: CatalogueService }> = async (app, { catalogue }) => {
  app.get(
    '/catalogue/business-types',
    {
      config: { action: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'Business-type catalogue (basic B01–B15 with B10 repair sub-types, quality Q01–Q09)',
        response: { 200: z.object({ items: z.array(businessTypeSchema) }), ...problemResponses },
      },
    },
    async () => ({
      items: (await catalogue.list()).map((t) => ({
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
