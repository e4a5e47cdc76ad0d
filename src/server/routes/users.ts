import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountsService } from '../../core/accounts';
import type { RouteLimits } from '../types';
import { problemSchema } from '../problems';
import { problemResponses, userCreateSchema, userSchema } from '../schemas';
import { userView } from '../views';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod<{ accounts: AccountsService; limits: RouteLimits }> = async (
  app,
  { accounts, limits },
) => {
  app.get(
    '/users',
    {
      config: { action: 'users.list' },
      schema: {
        tags,
        summary: 'All users (admin); phones masked',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({ items: z.array(userSchema), total: z.number().int().optional() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const page = await accounts.listUsers(request.actor, request.query);
      return { items: page.items.map(userView), total: page.total };
    },
  );

  app.post(
    '/users',
    {
      config: { action: 'users.create', rateLimit: { max: limits.write, timeWindow: '1 minute' } },
      schema: { tags, body: userCreateSchema, response: { 201: userSchema, ...problemResponses, 409: problemSchema } },
    },
    async (request, reply) => reply.status(201).send(userView(await accounts.createUser(request.actor, request.body))),
  );
};
