// Business types of the catalogue (DOMAIN.md §2) as OSM tags, shop-name words, typical opening
// hours (OSM opening_hours syntax) and a typical spacing between outlets in a Chinese city.
import type { OsmTags } from '../osm/source';

export interface DemoCategory {
  code: string;
  /** Words that end a shop name of this type (便利店, 大药房 …). */
  words: readonly string[];
  tags: OsmTags;
  hours: readonly string[];
  /** Typical distance between neighbouring outlets, metres (density for synthetic facilities). */
  spacingM: number;
}

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  {
    code: 'B01',
    words: ['便利店', '超市便利'],
    tags: { shop: 'convenience' },
    hours: ['24/7', 'Mo-Su 07:00-23:00'],
    spacingM: 300,
  },
  {
    code: 'B02',
    words: ['购物广场', '综合超市'],
    tags: { shop: 'supermarket' },
    hours: ['Mo-Su 08:00-21:30'],
    spacingM: 900,
  },
  {
    code: 'B03',
    words: ['菜市场', '农贸市场'],
    tags: { amenity: 'marketplace' },
    hours: ['Mo-Su 05:30-18:30'],
    spacingM: 1000,
  },
  {
    code: 'B04',
    words: ['生鲜超市', '果蔬店', '鲜肉店'],
    tags: { shop: 'greengrocer' },
    hours: ['Mo-Su 06:30-20:00'],
    spacingM: 500,
  },
  {
    code: 'B05',
    words: ['早餐店', '包子铺', '油条豆浆'],
    tags: { amenity: 'fast_food', cuisine: 'breakfast' },
    hours: ['Mo-Su 06:00-10:00', 'Mo-Su 05:30-10:30'],
    spacingM: 400,
  },
  {
    code: 'B06',
    words: ['干洗店', '洗衣店'],
    tags: { shop: 'dry_cleaning' },
    hours: ['Mo-Su 08:30-19:00'],
    spacingM: 900,
  },
  {
    code: 'B07',
    words: ['美发', '理发店', '美容院'],
    tags: { shop: 'hairdresser' },
    hours: ['Mo-Su 09:00-21:00'],
    spacingM: 400,
  },
  {
    code: 'B08',
    words: ['图文快印', '照相馆'],
    tags: { shop: 'copyshop' },
    hours: ['Mo-Sa 08:30-18:30'],
    spacingM: 900,
  },
  {
    code: 'B09',
    words: ['家政服务', '保洁家政'],
    tags: { office: 'company', company: 'housekeeping' },
    hours: ['Mo-Sa 08:00-18:00'],
    spacingM: 1200,
  },
  {
    code: 'B10',
    words: ['修鞋配钥匙', '便民维修', '手机维修'],
    tags: { craft: 'shoemaker', repair: 'yes' },
    hours: ['Mo-Su 08:00-18:00'],
    spacingM: 1500,
  },
  {
    code: 'B11',
    words: ['大药房', '药店'],
    tags: { amenity: 'pharmacy', healthcare: 'pharmacy' },
    hours: ['Mo-Su 08:00-22:00', '24/7'],
    spacingM: 600,
  },
  {
    code: 'B12',
    words: ['快递驿站', '邮政所'],
    tags: { amenity: 'post_office', post_office: 'post_partner' },
    hours: ['Mo-Su 08:00-20:00'],
    spacingM: 800,
  },
  { code: 'B13', words: ['智能快件柜'], tags: { amenity: 'parcel_locker' }, hours: ['24/7'], spacingM: 400 },
  {
    code: 'B14',
    words: ['再生资源回收站'],
    tags: { amenity: 'recycling', recycling_type: 'centre' },
    hours: ['Mo-Su 08:00-17:00'],
    spacingM: 1500,
  },
  { code: 'B15', words: ['智能售货机'], tags: { amenity: 'vending_machine' }, hours: ['24/7'], spacingM: 500 },
  {
    code: 'Q01',
    words: ['鲁菜馆', '饺子馆', '把子肉', '面馆'],
    tags: { amenity: 'restaurant' },
    hours: ['Mo-Su 10:30-14:00,17:00-21:30'],
    spacingM: 400,
  },
  {
    code: 'Q02',
    words: ['健身房', '健身中心'],
    tags: { leisure: 'fitness_centre' },
    hours: ['Mo-Su 06:00-22:00'],
    spacingM: 1000,
  },
  {
    code: 'Q03',
    words: ['日间照料中心', '老年食堂'],
    tags: { amenity: 'social_facility', 'social_facility:for': 'senior' },
    hours: ['Mo-Fr 08:00-17:30'],
    spacingM: 1500,
  },
  {
    code: 'Q04',
    words: ['托育园', '幼儿托管'],
    tags: { amenity: 'childcare' },
    hours: ['Mo-Fr 07:30-18:00'],
    spacingM: 1200,
  },
  { code: 'Q05', words: ['书店', '书房'], tags: { shop: 'books' }, hours: ['Mo-Su 09:00-21:00'], spacingM: 2000 },
  {
    code: 'Q06',
    words: ['咖啡', '烘焙坊', '茶饮'],
    tags: { amenity: 'cafe' },
    hours: ['Mo-Su 08:00-22:00'],
    spacingM: 600,
  },
  {
    code: 'Q07',
    words: ['文化活动室', '棋牌室'],
    tags: { amenity: 'community_centre' },
    hours: ['Mo-Su 09:00-21:00'],
    spacingM: 1500,
  },
  {
    code: 'Q08',
    words: ['养生馆', '足疗保健'],
    tags: { shop: 'massage' },
    hours: ['Mo-Su 10:00-22:00'],
    spacingM: 900,
  },
  { code: 'Q09', words: ['宠物店', '宠物医院'], tags: { shop: 'pet' }, hours: ['Mo-Su 09:00-20:00'], spacingM: 1200 },
];

export const CATEGORY_BY_CODE: ReadonlyMap<string, DemoCategory> = new Map(DEMO_CATEGORIES.map((c) => [c.code, c]));

/** Cumulative weights ∝ 1/spacing² (density), for picking a category by a uniform value. */
const CUMULATIVE = (() => {
  const w = DEMO_CATEGORIES.map((c) => 1 / (c.spacingM * c.spacingM));
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
})();

export function categoryByDensity(u: number): DemoCategory {
  for (let k = 0; k < CUMULATIVE.length; k++) if (u < CUMULATIVE[k]) return DEMO_CATEGORIES[k];
  return DEMO_CATEGORIES[DEMO_CATEGORIES.length - 1];
}
