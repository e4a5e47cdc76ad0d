import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './seed';
import { businessTypesOf, POI_TAG_RULES } from './poi-tags';

describe('POI tag table', () => {
  it.each([
    [{ shop: 'convenience' }, ['B01']],
    [{ amenity: 'marketplace' }, ['B03']],
    [{ amenity: 'restaurant', cuisine: 'chinese_breakfast' }, ['B05', 'Q01']],
    [{ craft: 'shoemaker' }, ['B10']],
    [{ shop: 'mobile_phone_repair' }, ['B10']],
    [{ amenity: 'pharmacy', healthcare: 'pharmacy' }, ['B11']],
    [{ amenity: 'kindergarten' }, ['Q04']],
    [{ amenity: 'social_facility', 'social_facility:for': 'senior' }, ['Q03']],
    [{ amenity: 'social_facility', 'social_facility:for': 'homeless' }, []],
    [{ shop: 'bakery;tea' }, ['Q06']],
    [{ amenity: 'bench' }, []],
  ])('%o → %o', (tags, types) => {
    expect(businessTypesOf(tags as Record<string, string>)).toEqual(types);
  });

  it('only maps to codes of the catalogue', () => {
    const codes = new Set(CATALOGUE.map((t) => t.code));
    for (const r of POI_TAG_RULES) expect(codes.has(r.type), r.type).toBe(true);
  });
});
