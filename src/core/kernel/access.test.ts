// The combined policy of the first-wave modules as a table: role grant × action × resource → allowed.
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_POLICY } from '../accounts';
import { CATALOGUE_POLICY } from '../catalogue';
import { CIRCLES_POLICY } from '../circles';
import { EVALUATION_POLICY } from '../evaluation';
import { IMPORTS_POLICY } from '../imports';
import { JOBS_POLICY } from '../jobs';
import { MERCHANTS_POLICY } from '../merchants';
import { RESIDENCES_POLICY } from '../residences';
import { createAccess, definePolicy, type Actor, type RoleGrant } from './access';

const access = createAccess([
  ACCOUNTS_POLICY,
  CATALOGUE_POLICY,
  CIRCLES_POLICY,
  MERCHANTS_POLICY,
  RESIDENCES_POLICY,
  IMPORTS_POLICY,
  JOBS_POLICY,
  EVALUATION_POLICY,
]);
const actor = (g: RoleGrant): Actor => ({ userId: 'usr_me', roles: [g] });
const A = { circleId: 'cir_a', districtCode: '370103' };
const B = { circleId: 'cir_b', districtCode: '370102' };
const Elsewhere = { circleId: 'cir_q', districtCode: '370202' }; // 青岛

describe('access', () => {
  it('denies everything to nobody', () => {
    expect(access.can(null, 'catalogue.read')).toBe(false);
    expect(access.holdsAnywhere(undefined, 'catalogue.read')).toBe(false);
  });

  it('refuses unknown actions loudly, so a typo never reads as "no"', () => {
    expect(() => access.can(actor({ role: 'admin' }), 'merchants.updte')).toThrow(/unknown action/);
  });

  it('refuses tables whose actions do not belong to the module or are declared twice', () => {
    expect(() => definePolicy({ module: 'orders', actions: { 'payments.refund': 'x' }, grants: {} })).toThrow();
    expect(() => createAccess([MERCHANTS_POLICY, MERCHANTS_POLICY])).toThrow(/twice/);
  });

  it.each([
    // role grant, action, resource, allowed
    [{ role: 'resident' }, 'merchants.list', B, true],
    [{ role: 'resident' }, 'merchants.read_private', A, false],
    [{ role: 'resident' }, 'residences.list', A, false],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchants.update', { ...A, merchantId: 'mer_1' }, true],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchants.update', { ...A, merchantId: 'mer_2' }, false],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchants.set_status', { ...A, merchantId: 'mer_1' }, false],
    [{ role: 'merchant_staff', merchantId: 'mer_1' }, 'merchants.create', A, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchants.create', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchants.create', B, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'imports.run', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'users.list', {}, false],
    // Public reads reach every circle, whatever the staff role (defect: staff were refused them).
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'circles.read', B, true],
    [{ role: 'inspector', circleId: 'cir_a' }, 'merchants.list', B, true],
    [{ role: 'officer', districtCode: '370103' }, 'circles.read', B, true],
    [{ role: 'inspector', circleId: 'cir_a' }, 'residences.list', A, true],
    [{ role: 'inspector', circleId: 'cir_a' }, 'merchants.update', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'merchants.read_private', A, true],
    [{ role: 'officer', districtCode: '370103' }, 'merchants.read_private', B, false],
    [{ role: 'officer', districtCode: '370103' }, 'merchants.update', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'circles.create', A, true],
    [{ role: 'officer', districtCode: '370103' }, 'circles.create', B, false],
    // A city officer sees every district of the city and none of another city.
    [{ role: 'officer', cityCode: '370100' }, 'evaluation.read', A, true],
    [{ role: 'officer', cityCode: '370100' }, 'evaluation.read', B, true],
    [{ role: 'officer', cityCode: '370100' }, 'evaluation.read', Elsewhere, false],
    [{ role: 'officer', cityCode: '370100' }, 'evaluation.plan', A, false],
    [{ role: 'admin' }, 'users.create', {}, true],
    [{ role: 'admin' }, 'jobs.read', { ownerId: 'usr_other' }, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'jobs.read', { ownerId: 'usr_me' }, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'jobs.read', { ownerId: 'usr_other' }, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'merchants.create', {}, false],
    [{ role: 'resident' }, 'evaluation.read', A, false],
    [{ role: 'inspector', circleId: 'cir_a' }, 'evaluation.read', A, false], // food-safety testers do not plan the circle
    [{ role: 'inspector', circleId: 'cir_a' }, 'evaluation.plan', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation.plan', A, false],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation.read', A, true],
    [{ role: 'officer', districtCode: '370103' }, 'evaluation.plan', B, false],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation.plan', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation.read', A, true],
    [{ role: 'operator_staff', circleId: 'cir_a' }, 'evaluation.read', B, false],
  ] as const)('%o %s %o → %s', (grant, action, resource, allowed) => {
    expect(access.can(actor(grant as RoleGrant), action, resource)).toBe(allowed);
  });

  it('answers the route-level question: does the role hold the action anywhere', () => {
    expect(access.holdsAnywhere(actor({ role: 'resident' }), 'imports.run')).toBe(false);
    expect(access.holdsAnywhere(actor({ role: 'operator_staff', circleId: 'cir_a' }), 'imports.run')).toBe(true);
    expect(access.holdsAnywhere(actor({ role: 'admin' }), 'imports.run')).toBe(true);
  });
});
