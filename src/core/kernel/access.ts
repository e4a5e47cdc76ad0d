// Authorisation as data. Each module declares its actions and a role → action → scope table next to
// its service (policy.ts); the composition root combines the tables with createAccess() and hands the
// result to every service, which asks it first. Adding a module adds a table, never a branch here.
//
// Scopes say where a grant reaches:
//   any       everywhere (public reads, an admin)
//   circle    the circle named by the grant (operator staff, inspectors)
//   district  circles whose district the grant names — or, for a city grant, every district of that city
//   merchant  the merchant named by the grant (merchant staff; a market vendor is a merchant)
//   owner     things the actor owns (their orders, bookings, complaints, jobs)
export const ROLES = ['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One role held by a user, with the scope it applies to. */
export interface RoleGrant {
  role: Role;
  circleId?: string;
  merchantId?: string;
  /** GB/T 2260 district code, e.g. 370103 (市中区, 济南). */
  districtCode?: string;
  /** GB/T 2260 city code, e.g. 370100 (济南): an officer above the districts. */
  cityCode?: string;
}

/** Who is asking: the signed-in user and their grants. */
export interface Actor {
  userId: string;
  roles: RoleGrant[];
}

/** Where the thing acted on lives. Omitted fields are unknown and never match a scoped grant. */
export interface Resource {
  circleId?: string;
  districtCode?: string;
  merchantId?: string;
  /** The user who owns the thing (an order's resident, a job's creator). */
  ownerId?: string;
}

export type Scope = 'any' | 'circle' | 'district' | 'merchant' | 'owner';

export interface PolicyTable<A extends string = string> {
  /** Module name; every action starts with it: `merchants.update`. */
  module: string;
  /** Every action of the module, with a line saying what it allows. */
  actions: Record<A, string>;
  /** Per role, the actions it holds and where. Admins hold every action everywhere unless `adminExcept` says so. */
  grants: Partial<Record<Role, Partial<Record<A, Scope | readonly Scope[]>>>>;
  /** Actions even an admin does not hold (e.g. acting as a resident on someone else's order). */
  adminExcept?: readonly A[];
}

/** Declares a module's table with its action names checked against its module name. */
export function definePolicy<const A extends string>(table: PolicyTable<A>): PolicyTable<A> {
  for (const action of Object.keys(table.actions)) {
    if (!action.startsWith(`${table.module}.`)) {
      throw new Error(`policy ${table.module}: action ${action} must start with "${table.module}."`);
    }
  }
  for (const [role, actions] of Object.entries(table.grants) as [string, Record<string, unknown>][]) {
    for (const action of Object.keys(actions ?? {})) {
      if (!(action in table.actions)) throw new Error(`policy ${table.module}: ${role} holds unknown action ${action}`);
    }
  }
  return table;
}

/** The first four digits of a district code name its city: 370103 → 370100. */
export function cityOfDistrict(districtCode: string): string {
  return `${districtCode.slice(0, 4)}00`;
}

function scopeMatches(scope: Scope, g: RoleGrant, actor: Actor, r: Resource): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'circle':
      return g.circleId !== undefined && r.circleId === g.circleId;
    case 'district':
      if (r.districtCode === undefined) return false;
      if (g.districtCode !== undefined && r.districtCode === g.districtCode) return true;
      return g.cityCode !== undefined && cityOfDistrict(r.districtCode) === g.cityCode;
    case 'merchant':
      return g.merchantId !== undefined && r.merchantId === g.merchantId;
    case 'owner':
      return r.ownerId !== undefined && r.ownerId === actor.userId;
  }
}

export interface Access {
  /** May `actor` do `action` on `resource`? Unknown actions throw (a typo must not read as "no"). */
  can(actor: Actor | null | undefined, action: string, resource?: Resource): boolean;
  /** Does the actor hold `action` in any scope at all (the route-level check before a body is read)? */
  holdsAnywhere(actor: Actor | null | undefined, action: string): boolean;
  /** Every declared action with its description (docs, tests). */
  actions(): ReadonlyMap<string, { module: string; description: string }>;
  /** The scopes a role holds an action in (tests derive expected answers from this). */
  scopesOf(role: Role, action: string): readonly Scope[];
}

export function createAccess(tables: readonly PolicyTable[]): Access {
  const actions = new Map<string, { module: string; description: string }>();
  const byRole = new Map<Role, Map<string, readonly Scope[]>>();
  for (const role of ROLES) byRole.set(role, new Map());
  for (const t of tables) {
    for (const [action, description] of Object.entries(t.actions)) {
      if (actions.has(action)) throw new Error(`action ${action} declared twice`);
      actions.set(action, { module: t.module, description: description as string });
      if (!(t.adminExcept ?? []).includes(action)) byRole.get('admin')!.set(action, ['any']);
    }
    for (const [role, held] of Object.entries(t.grants) as [Role, Record<string, Scope | readonly Scope[]>][]) {
      for (const [action, scope] of Object.entries(held ?? {})) {
        byRole.get(role)!.set(action, typeof scope === 'string' ? [scope] : scope);
      }
    }
  }
  const known = (action: string) => {
    if (!actions.has(action)) throw new Error(`unknown action ${action}: declare it in its module's policy table`);
  };
  return {
    can(actor, action, resource = {}) {
      known(action);
      if (!actor) return false;
      return actor.roles.some((g) =>
        (byRole.get(g.role)?.get(action) ?? []).some((s) => scopeMatches(s, g, actor, resource)),
      );
    },
    holdsAnywhere(actor, action) {
      known(action);
      if (!actor) return false;
      return actor.roles.some((g) => (byRole.get(g.role)?.get(action) ?? []).length > 0);
    },
    actions: () => actions,
    scopesOf: (role, action) => byRole.get(role)?.get(action) ?? [],
  };
}
