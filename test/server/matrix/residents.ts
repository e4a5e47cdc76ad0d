// Resident profiles: one's own profile (owner scope), homes of any circle, the operator's register.
import type { Role } from '../../../src/core/accounts';
import type { MatrixContext, MatrixModule, Scope } from './types';

const circleOf = (c: MatrixContext, s: Scope) => (s === 'own' ? c.fx.circleA : c.fx.circleB);
const ownProfile = (role: Role) =>
  role === 'resident' || role === 'merchant_staff' || role === 'operator_staff' || role === 'admin';

export const RESIDENTS_MATRIX: MatrixModule = {
  name: 'residents',
  cases: {
    'GET /api/v1/me/profile': { scoped: false, request: () => ({ url: '/api/v1/me/profile' }), allowed: ownProfile },
    'PUT /api/v1/me/profile': {
      scoped: false,
      // Each role sets its own profile in circle A (a resident's own home there).
      request: (c) => ({ url: '/api/v1/me/profile', body: { circleId: c.fx.circleA, residenceId: c.fx.residenceA } }),
      allowed: ownProfile,
    },
    'GET /api/v1/circles/:id/homes': {
      scoped: true,
      request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}/homes` }),
      allowed: () => true,
    },
    'GET /api/v1/residents': {
      scoped: true,
      request: (c, s) => ({ url: `/api/v1/residents?circleId=${circleOf(c, s)}` }),
      allowed: (role, scope) =>
        role === 'admin' || (scope === 'own' && (role === 'operator_staff' || role === 'officer')),
    },
    'PATCH /api/v1/residents/:id': {
      scoped: true,
      request: (c, s) => ({
        url: `/api/v1/residents/${s === 'own' ? c.fx.residentA : c.fx.residentB}`,
        body: { disabledVerified: false },
      }),
      allowed: (role, scope) => role === 'admin' || (scope === 'own' && role === 'operator_staff'),
    },
  },
};
