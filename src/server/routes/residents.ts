// Resident profiles: one's own (home compound, address, birth date, consent) and the operator's register.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ResidentProfile, ResidentsService } from '../../core/residents';
import type { RouteLimits } from '../types';
import { problemResponses } from '../schemas';

const tags = ['residents'];
const id = z.string().min(1).max(64);

const profileSchema = z
  .object({
    userId: z.string(),
    circleId: z.string(),
    residenceId: z.string().nullable(),
    address: z.string().nullable(),
    birthDate: z.string().nullable(),
    elderlyVerified: z.boolean(),
    disabledVerified: z.boolean(),
    consentAt: z.string().nullable(),
  })
  .meta({ id: 'ResidentProfile' });

const profileView = (p: ResidentProfile) => ({
  userId: p.userId,
  circleId: p.circleId,
  residenceId: p.residenceId,
  address: p.address,
  birthDate: p.birthDate,
  elderlyVerified: p.elderlyVerified,
  disabledVerified: p.disabledVerified,
  consentAt: p.consentAt,
});

export const residentRoutes: FastifyPluginAsyncZod<{ residents: ResidentsService; limits: RouteLimits }> = async (
  app,
  { residents, limits },
) => {
  const writeLimit = { max: limits.write, timeWindow: '1 minute' };

  app.get(
    '/me/profile',
    {
      config: { action: 'residents.read_own' },
      schema: {
        tags,
        summary: 'My resident profile (null until I set my circle and home)',
        response: { 200: z.object({ profile: profileSchema.nullable() }), ...problemResponses },
      },
    },
    async (request) => {
      const p = await residents.own(request.actor);
      return { profile: p ? profileView(p) : null };
    },
  );

  app.put(
    '/me/profile',
    {
      config: { action: 'residents.update_own', rateLimit: writeLimit },
      schema: {
        tags,
        summary: 'Set my circle, home compound, address, birth date and consent',
        body: z.strictObject({
          circleId: id,
          residenceId: id.nullable().optional(),
          address: z.string().max(200).nullable().optional(),
          birthDate: z.string().max(10).nullable().optional(),
          consent: z.boolean().optional(),
        }),
        response: { 200: profileSchema, ...problemResponses },
      },
    },
    async (request) => profileView(await residents.updateOwn(request.actor, request.body)),
  );

  app.get(
    '/circles/:id/homes',
    {
      config: { action: 'residents.homes' },
      schema: {
        tags,
        summary: 'Compounds of a circle to choose a home from',
        params: z.object({ id }),
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), name: z.string(), lon: z.number(), lat: z.number() })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await residents.homes(request.actor, request.params.id) }),
  );

  app.get(
    '/residents',
    {
      config: { action: 'residents.list' },
      schema: {
        tags,
        summary: 'The register of residents of a circle (addresses and phones masked)',
        querystring: z.object({
          circleId: id,
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            items: z.array(
              z.object({
                userId: z.string(),
                name: z.string(),
                phoneMasked: z.string().nullable(),
                circleId: z.string(),
                residenceId: z.string().nullable(),
                addressMasked: z.string().nullable(),
                age: z.number().int().nullable(),
                elderlyVerified: z.boolean(),
                disabledVerified: z.boolean(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => residents.list(request.actor, request.query.circleId, request.query),
  );

  app.patch(
    '/residents/:id',
    {
      config: { action: 'residents.verify', rateLimit: writeLimit },
      schema: {
        tags,
        summary: 'Register a resident as older or disabled (after checking a document at the desk)',
        params: z.object({ id }),
        body: z.strictObject({ elderlyVerified: z.boolean().optional(), disabledVerified: z.boolean().optional() }),
        response: { 200: profileSchema, ...problemResponses },
      },
    },
    async (request) => profileView(await residents.verify(request.actor, request.params.id, request.body)),
  );
};
