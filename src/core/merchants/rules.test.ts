import { describe, expect, it } from 'vitest';
import { isOpenAt, openingHoursProblem, wallClock } from './hours';
import { maskAddress, nameKeys, normaliseMerchantPhone, toWgs84 } from './rules';

describe('merchant rules', () => {
  it('derives pinyin and initials for search', () => {
    expect(nameKeys('老王修鞋')).toEqual({ pinyin: 'laowangxiuxie', initials: 'lwxx' });
    expect(nameKeys('A-001 绿色蔬菜')).toEqual({ pinyin: 'a001lvseshucai', initials: 'a001lssc' });
  });

  it('evaluates opening hours on the circle wall clock, whatever the process zone', () => {
    // 2026-03-04 is a Wednesday; 01:00Z is 09:00 in Shanghai.
    expect(wallClock('2026-03-04T01:00:00.000Z', 'Asia/Shanghai').getHours()).toBe(9);
    expect(isOpenAt('Mo-Fr 08:00-12:00', '2026-03-04T01:00:00.000Z', 'Asia/Shanghai')).toBe(true);
    expect(isOpenAt('Mo-Fr 08:00-12:00', '2026-03-04T05:00:00.000Z', 'Asia/Shanghai')).toBe(false);
    expect(isOpenAt('Sa-Su 08:00-12:00', '2026-03-04T01:00:00.000Z', 'Asia/Shanghai')).toBe(false);
    expect(isOpenAt(null, '2026-03-04T01:00:00.000Z', 'Asia/Shanghai')).toBeNull();
    expect(isOpenAt('garbage', '2026-03-04T01:00:00.000Z', 'Asia/Shanghai')).toBeNull();
  });

  it('validates opening hours', () => {
    expect(openingHoursProblem('Mo-Su 06:00-10:00; PH off')).toBeNull();
    expect(openingHoursProblem('Mo-Zz 99')).toMatch(/.+/);
  });

  it('converts GCJ-02 and BD-09 to WGS-84', () => {
    const [lon, lat] = toWgs84(116.991, 36.63, 'GCJ02');
    expect(lon).toBeCloseTo(116.9852, 3);
    expect(lat).toBeCloseTo(36.6298, 3);
    const [blon] = toWgs84(116.9974, 36.6361, 'BD09');
    expect(blon).toBeLessThan(116.991);
    expect(toWgs84(116.98, 36.63, 'WGS84')).toEqual([116.98, 36.63]);
  });

  it('masks addresses to the street and normalises phones', () => {
    expect(maskAddress('阳光一街227号 郎茂山社区综合服务中心 A-001摊位')).toBe('阳光一街***');
    expect(maskAddress('舜玉路18号')).toBe('舜玉路***');
    expect(maskAddress('某某大厦')).toBe('某某大***');
    expect(maskAddress(null)).toBeNull();
    expect(normaliseMerchantPhone('+86 139-0000-1111')).toBe('13900001111');
    expect(normaliseMerchantPhone('0531-88889999')).toBe('0531-88889999');
    expect(normaliseMerchantPhone('12')).toBeNull();
  });
});
