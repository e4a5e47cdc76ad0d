// Request decorations and route config used by the auth hook.
import type { Actor, User } from '../core/accounts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user as the policy sees them, or null. */
    actor: Actor | null;
    user: User | null;
    sessionToken: string | null;
    sessionCsrf: string | null;
  }
  interface FastifyContextConfig {
    /** 'public' routes need no session; everything else under /api/v1 does. */
    access?: 'public' | 'user';
    /** 'pre-session': writes that happen before sign-in use the double-submit cookie. */
    csrf?: 'pre-session';
    /**
     * The policy action the route needs (`merchants.update`), or 'session' for any signed-in user.
     * Checked before the body is read: a caller who holds the action nowhere is refused at once; the
     * service then checks the scope (which circle, merchant, owner).
     */
    action?: string;
  }
}

export {};

export interface RouteEntry {
  method: string;
  url: string;
  access: 'public' | 'user';
  /** The declared policy action (or 'session'); undefined on public routes. */
  action?: string;
}

/** Requests per minute per client, by kind of route. */
export interface RouteLimits {
  login: number;
  write: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered under /api, for the generated authorisation suite and docs. */
    routeTable: RouteEntry[];
  }
}
