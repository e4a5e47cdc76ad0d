// The one authorisation policy: can(actor, action, resource). Every service asks it first.
// Roles: resident and merchant_staff read the public directory of any circle; merchant_staff edits
// its own merchants; operator_staff reads and writes its own circle (and plans it: evaluation);
// inspector reads its own circle (not its evaluation);
// officer reads the circles of its district (evaluation included, planning not); admin may do everything.
// Evaluation: operators read and plan their circle.
import type { Actor, RoleGrant } from './model';

export type Action =
  | 'catalogue:read'
  | 'circle:read'
  | 'merchant:list'
  | 'merchant:read'
  /** Full address and phone of a merchant. */
  | 'merchant:read_private'
  | 'merchant:create'
  | 'merchant:update'
  | 'residence:list'
  | 'residence:create'
  | 'residence:update'
  | 'import:run'
  | 'job:read'
  | 'user:list'
  | 'user:create'
  /** Coverage, scorecards, isochrones of a circle (planners and supervisors). */
  | 'evaluation:read'
  /** Recommendations and what-if scenarios (planning; never changes live data). */
  | 'evaluation:plan';

/** Where the thing acted on lives. Omitted fields are unknown and never match a scoped grant. */
export interface Resource {
  circleId?: string;
  districtCode?: string;
  merchantId?: string;
  /** The user who owns the thing (a job's creator). */
  ownerId?: string;
}

const PUBLIC_READ: ReadonlySet<Action> = new Set(['catalogue:read', 'circle:read', 'merchant:list', 'merchant:read']);
const STAFF_READ: ReadonlySet<Action> = new Set([...PUBLIC_READ, 'merchant:read_private', 'residence:list']);
const PLANNING_READ: ReadonlySet<Action> = new Set(['evaluation:read']);
const OPERATOR_WRITE: ReadonlySet<Action> = new Set([
  'merchant:create',
  'merchant:update',
  'residence:create',
  'residence:update',
  'import:run',
  'evaluation:plan',
]);

function grantAllows(g: RoleGrant, actor: Actor, action: Action, r: Resource): boolean {
  if (action === 'catalogue:read') return true;
  if (action === 'job:read') return g.role === 'admin' || (r.ownerId !== undefined && r.ownerId === actor.userId);
  switch (g.role) {
    case 'admin':
      return true;
    case 'resident':
      return PUBLIC_READ.has(action);
    case 'merchant_staff':
      if (PUBLIC_READ.has(action)) return true;
      return (
        (action === 'merchant:update' || action === 'merchant:read_private') &&
        r.merchantId !== undefined &&
        r.merchantId === g.merchantId
      );
    case 'operator_staff':
      return (STAFF_READ.has(action) || PLANNING_READ.has(action) || OPERATOR_WRITE.has(action)) && sameCircle(g, r);
    case 'inspector':
      return STAFF_READ.has(action) && sameCircle(g, r);
    case 'officer':
      return (
        (STAFF_READ.has(action) || PLANNING_READ.has(action)) &&
        r.districtCode !== undefined &&
        r.districtCode === g.districtCode
      );
  }
}

function sameCircle(g: RoleGrant, r: Resource): boolean {
  return r.circleId !== undefined && r.circleId === g.circleId;
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!actor) return false;
  return actor.roles.some((g) => grantAllows(g, actor, action, resource));
}

export function isAdmin(actor: Actor | null | undefined): boolean {
  return Boolean(actor?.roles.some((g) => g.role === 'admin'));
}
