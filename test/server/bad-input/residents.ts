// Bad inputs for resident profiles.
import { common } from './core';
import type { BadCases } from './types';

export const RESIDENTS_BAD: BadCases = {
  'PUT /api/v1/me/profile': (fx) => {
    const url = '/api/v1/me/profile';
    return [
      ...common(url).map((b) => ({ ...b, as: 'resident' as const })),
      { url, as: 'resident', body: { circleId: 'cir_missing' } },
      { url, as: 'resident', body: { circleId: fx.circleA, birthDate: '1950-13-40' } },
      { url, as: 'resident', body: { circleId: fx.circleA, birthDate: '2999-01-01' } },
      { url, as: 'resident', body: { circleId: fx.circleA, residenceId: fx.residenceB } },
      { url, as: 'resident', body: { circleId: fx.circleA, address: '   ' } },
      { url, as: 'resident', body: { circleId: fx.circleA, address: 'x'.repeat(201) } },
    ];
  },
  'PATCH /api/v1/residents/:id': (fx) => {
    const url = `/api/v1/residents/${fx.residentA}`;
    return [
      ...common(url),
      { url, body: { elderlyVerified: 'yes' } },
      { url: '/api/v1/residents/usr_missing', body: { elderlyVerified: true } },
    ];
  },
};
