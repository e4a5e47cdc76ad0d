// OSM tags → business types of the catalogue (DOMAIN.md §2), as data. First match per rule order;
// a POI may map to several types (a supermarket with a pharmacy counter is tagged as one of them
// only, so one type is the norm). Documented in docs/reference/poi-tags.md.

export interface PoiTagRule {
  type: string;
  /** Every key must have one of the listed values ('*' for any value). */
  match: Record<string, string[]>;
}

export const POI_TAG_RULES: readonly PoiTagRule[] = [
  { type: 'B01', match: { shop: ['convenience', 'kiosk'] } },
  { type: 'B02', match: { shop: ['supermarket', 'department_store', 'general'] } },
  { type: 'B03', match: { amenity: ['marketplace'] } },
  { type: 'B04', match: { shop: ['greengrocer', 'butcher', 'seafood', 'farm', 'frozen_food'] } },
  { type: 'B05', match: { cuisine: ['breakfast', 'chinese_breakfast', 'baozi', 'youtiao', 'congee', 'dumpling'] } },
  { type: 'B05', match: { breakfast: ['yes'] } },
  { type: 'B06', match: { shop: ['laundry', 'dry_cleaning'] } },
  { type: 'B07', match: { shop: ['hairdresser', 'beauty', 'barber', 'cosmetics'] } },
  { type: 'B08', match: { shop: ['photo', 'copyshop', 'printing'] } },
  { type: 'B09', match: { office: ['housekeeping', 'employment_agency'] } },
  { type: 'B09', match: { craft: ['cleaning'] } },
  {
    type: 'B10',
    match: {
      shop: [
        'shoe_repair',
        'repair',
        'electronics_repair',
        'mobile_phone_repair',
        'computer_repair',
        'locksmith',
        'tailor',
        'sewing',
      ],
    },
  },
  {
    type: 'B10',
    match: {
      craft: [
        'shoemaker',
        'key_cutter',
        'locksmith',
        'tailor',
        'electronics_repair',
        'watchmaker',
        'knife_sharpener',
        'dressmaker',
      ],
    },
  },
  { type: 'B10', match: { service: ['repair', 'key_cutting', 'shoe_repair'] } },
  { type: 'B11', match: { amenity: ['pharmacy'] } },
  { type: 'B11', match: { healthcare: ['pharmacy'] } },
  { type: 'B12', match: { amenity: ['post_office'] } },
  { type: 'B12', match: { office: ['courier'] } },
  { type: 'B12', match: { shop: ['courier'] } },
  { type: 'B13', match: { amenity: ['parcel_locker'] } },
  { type: 'B14', match: { amenity: ['recycling'] } },
  { type: 'B15', match: { amenity: ['vending_machine'] } },
  { type: 'Q01', match: { amenity: ['restaurant', 'fast_food', 'food_court'] } },
  { type: 'Q02', match: { leisure: ['fitness_centre', 'sports_centre', 'fitness_station', 'swimming_pool'] } },
  { type: 'Q03', match: { amenity: ['social_facility', 'nursing_home'] } },
  {
    type: 'Q03',
    match: {
      social_facility: ['nursing_home', 'assisted_living', 'group_home', 'day_care'],
      'social_facility:for': ['senior'],
    },
  },
  { type: 'Q04', match: { amenity: ['kindergarten', 'childcare'] } },
  { type: 'Q05', match: { shop: ['books'] } },
  { type: 'Q06', match: { amenity: ['cafe'] } },
  { type: 'Q06', match: { shop: ['tea', 'bakery', 'pastry', 'coffee', 'confectionery'] } },
  {
    type: 'Q07',
    match: { amenity: ['cinema', 'theatre', 'community_centre', 'arts_centre', 'library', 'karaoke_box'] },
  },
  { type: 'Q07', match: { leisure: ['amusement_arcade', 'dance'] } },
  { type: 'Q08', match: { shop: ['massage', 'herbalist', 'medical_supply'] } },
  { type: 'Q08', match: { healthcare: ['physiotherapist', 'alternative', 'rehabilitation'] } },
  { type: 'Q08', match: { amenity: ['clinic', 'doctors'] } },
  { type: 'Q09', match: { shop: ['pet', 'pet_grooming'] } },
  { type: 'Q09', match: { amenity: ['veterinary'] } },
];

/** Catalogue codes a POI's tags map to (empty when none). */
export function businessTypesOf(tags: Record<string, string>): string[] {
  const out: string[] = [];
  for (const rule of POI_TAG_RULES) {
    if (out.includes(rule.type)) continue;
    const ok = Object.entries(rule.match).every(([k, values]) => {
      const v = tags[k];
      if (v === undefined) return false;
      return values.includes('*') || v.split(';').some((part) => values.includes(part.trim()));
    });
    if (ok) out.push(rule.type);
  }
  // A social facility counts as elderly care only for seniors: drop Q03 matched by amenity alone
  // when it is explicitly for someone else.
  if (
    out.includes('Q03') &&
    tags['social_facility:for'] &&
    tags['social_facility:for'] !== 'senior' &&
    tags.amenity !== 'nursing_home'
  ) {
    out.splice(out.indexOf('Q03'), 1);
  }
  return out;
}
