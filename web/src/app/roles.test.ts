import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { grantedCircleId, hasAnyRole, homeOf, PAGE_ROLES, pagesFor } from './roles';

function me(roles: Me['roles']): Me {
  return { id: 'usr_1', name: '测试', phoneMasked: '138****0000', roles, locale: 'zh-CN' };
}

describe('role routing', () => {
  it('sends each single-role user to its home', () => {
    expect(homeOf(me([{ role: 'resident' }]))).toBe('/resident');
    expect(homeOf(me([{ role: 'merchant_staff', merchantId: 'mer_1' }]))).toBe('/merchant');
    expect(homeOf(me([{ role: 'operator_staff', circleId: 'cir_1' }]))).toBe('/operator');
    expect(homeOf(me([{ role: 'inspector' }]))).toBe('/inspector');
    expect(homeOf(me([{ role: 'officer', districtCode: '110101' }]))).toBe('/officer');
    expect(homeOf(me([{ role: 'admin' }]))).toBe('/admin');
  });

  it('prefers the console role when a user holds several', () => {
    expect(homeOf(me([{ role: 'resident' }, { role: 'operator_staff' }]))).toBe('/operator');
  });

  it('never lets a resident open operator or admin pages', () => {
    const resident = me([{ role: 'resident' }]);
    expect(hasAnyRole(resident, PAGE_ROLES.operator)).toBe(false);
    expect(hasAnyRole(resident, PAGE_ROLES.admin)).toBe(false);
    expect(pagesFor(resident)).toEqual(['resident', 'directory', 'profile']);
  });

  it('finds the circle of a grant', () => {
    expect(grantedCircleId(me([{ role: 'resident' }, { role: 'operator_staff', circleId: 'cir_9' }]))).toBe('cir_9');
    expect(grantedCircleId(me([{ role: 'resident' }]))).toBeUndefined();
  });
});
