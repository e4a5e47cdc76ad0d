// The expected access of every /api/v1 route, per role and per scope. "own" ids belong to the
// role's grant (circle A, district 370103, merchant A1, things the user owns); "other" ids to circle
// B in another district (370102) and to other people's things. Each module keeps its routes in
// matrix/<module>.ts; the generated suite fails when a registered route is missing from every module.
import type { Role } from '../../../src/core/accounts';
import type { Agent, TestApp } from '../../helpers/server-app';
import type { Fixture } from '../../helpers/server-fixture';

export type Scope = 'own' | 'other';

export interface MatrixContext {
  fx: Fixture;
  /** A job started by the given role (for GET /jobs/:id). */
  jobOf(role: Role): string;
  /** A what-if scenario of the scope's circle, with changes enough to delete some. */
  scenarioOf(scope: Scope): string;
  /** Ids the modules' setup() created, by the names they chose. */
  ids: Record<string, string>;
  /** The signed-in agents, one per role (for cases that need a fresh thing per request). */
  agents: Record<Role, Agent>;
  t: TestApp;
  unique(): string;
}

export interface RouteCase {
  /** The concrete request for a scope (and the role asking, for "own" things such as orders). */
  request(
    ctx: MatrixContext,
    scope: Scope,
    role: Role,
  ): { url: string; body?: unknown } | Promise<{ url: string; body?: unknown }>;
  scoped: boolean;
  allowed(role: Role, scope: Scope): boolean;
}

export interface MatrixModule {
  name: string;
  /** Creates what the module's cases need, once per database; returns ids by name. */
  setup?(t: TestApp, agents: Record<Role, Agent>): Promise<Record<string, string>>;
  cases: Record<string, RouteCase>;
  /** Routes of this module that need no session (public boards, payment notifies, Open311 reads). */
  publicRoutes?: string[];
}
