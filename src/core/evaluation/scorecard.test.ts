import { describe, expect, it } from 'vitest';
import { NATIONAL_DEFAULT } from './rule-sets';
import { describeReason, scorecard, type TypeFigures } from './scorecard';

const fig = (type: string, facilities: number, shareAtTarget: number): TypeFigures => ({
  type,
  facilities,
  shares: [shareAtTarget / 2, shareAtTarget, shareAtTarget],
  shareAtTarget,
});

const all = (share: number, except: string[] = []) =>
  new Map(
    [...NATIONAL_DEFAULT.basicTypes, ...NATIONAL_DEFAULT.qualityTypes]
      .filter((t) => !except.includes(t))
      .map((t) => [t, fig(t, 3, share)] as const),
  );

describe('scorecard', () => {
  it('a type passes when present and its share within its target minutes meets the target share', () => {
    const s = scorecard(
      NATIONAL_DEFAULT,
      1000,
      new Map([
        ['B01', fig('B01', 2, 0.85)],
        ['B05', fig('B05', 1, 0.5)],
      ]),
    );
    const b01 = s.types.find((t) => t.type === 'B01')!;
    const b05 = s.types.find((t) => t.type === 'B05')!;
    const b10 = s.types.find((t) => t.type === 'B10')!;
    expect(b01).toMatchObject({ pass: true, targetMinutes: 10, reason: { code: 'meets_target' } });
    expect(b05).toMatchObject({ pass: false, reason: { code: 'below_target', share: 0.5, target: 0.8 } });
    expect(b10).toMatchObject({ pass: false, facilities: 0, reason: { code: 'missing' } });
  });

  it('groups accept alternatives (B03 or B04) and name what is missing', () => {
    const s = scorecard(NATIONAL_DEFAULT, 1000, all(0.9, ['B03', 'B10', 'Q04']));
    const veg = s.groups.find((g) => g.id === 'vegetableRepair')!;
    expect(veg.complete).toBe(false);
    expect(veg.reason).toEqual({ code: 'group_incomplete', group: 'vegetableRepair', missing: ['B10'] });
    expect(s.groups.find((g) => g.id === 'storeBreakfast')!.complete).toBe(true);
    expect(s.groups.find((g) => g.id === 'elderlyChild')!.reason).toMatchObject({ missing: ['Q04'] });
  });

  it('tiers climb with counts and groups, and the gaps to the next tier are listed', () => {
    expect(scorecard(NATIONAL_DEFAULT, 1000, all(0.9)).tier).toBe('quality');
    const noRepair = scorecard(NATIONAL_DEFAULT, 1000, all(0.9, ['B10']));
    expect(noRepair.tier).toBeNull();
    expect(noRepair.nextTierGaps).toContainEqual({
      code: 'group_incomplete',
      group: 'vegetableRepair',
      missing: ['B10'],
    });
    const fewQuality = scorecard(NATIONAL_DEFAULT, 1000, all(0.9, ['Q01', 'Q02', 'Q05', 'Q06', 'Q07', 'Q08', 'Q09']));
    expect(fewQuality.tier).toBe('basic');
    expect(fewQuality.qualityPresent).toBe(2);
    expect(fewQuality.nextTierGaps).toContainEqual({ code: 'count_below', kind: 'quality', count: 2, required: 3 });
  });

  it('says its reasons in Chinese and English', () => {
    const r = { code: 'below_target', type: 'B10', minutes: 15, share: 0.42, target: 0.8 } as const;
    expect(describeReason(r, 'zh-CN', () => '维修点')).toBe('维修点：15分钟步行覆盖42%居民，低于目标80%');
    expect(describeReason(r, 'en', () => 'Repair')).toBe(
      'Repair: 42% of residents within 15 min, below the 80% target',
    );
  });
});
