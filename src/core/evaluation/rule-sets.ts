// Evaluation rule sets as data. The national guide publishes no numeric criteria for circle tiers
// (基础型 / 提升型 / 品质型), so these are our documented defaults, configurable per city
// (docs/reference/evaluation.md). Walking minutes follow DOMAIN.md §3: doorstep needs (便利店, 早餐,
// elderly care) within 5–10 minutes, the rest within 15.

export type GroupId = 'storeBreakfast' | 'vegetableRepair' | 'elderlyChild';

export interface GroupRule {
  id: GroupId;
  /** 一店一早 etc. */
  nameZh: string;
  /** Each entry is satisfied by any of its alternatives (e.g. B03 or B04). */
  members: string[][];
}

export interface TierRule {
  id: 'basic' | 'enhanced' | 'quality';
  nameZh: string;
  minBasicTypesPassing: number;
  minQualityTypesPresent: number;
  groups: GroupId[];
}

export interface RuleSet {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Bands reported for every type (minutes). */
  bands: number[];
  /** Share of residents (population-weighted) that must be within the type's minutes. */
  targetShare: number;
  /** Minutes within which a type counts as reached; `default` for the rest. */
  targetMinutes: Record<string, number> & { default: number };
  /** Basic types evaluated (B13–B15 are optional in the guide and left out by default). */
  basicTypes: string[];
  qualityTypes: string[];
  groups: GroupRule[];
  /** Ordered from lowest to highest. */
  tiers: TierRule[];
}

export const GROUPS: GroupRule[] = [
  { id: 'storeBreakfast', nameZh: '一店一早', members: [['B01'], ['B05']] },
  { id: 'vegetableRepair', nameZh: '一菜一修', members: [['B03', 'B04'], ['B10']] },
  { id: 'elderlyChild', nameZh: '一老一小', members: [['Q03'], ['Q04']] },
];

export const NATIONAL_DEFAULT: RuleSet = {
  id: 'national-default',
  nameZh: '全国默认规则',
  nameEn: 'National default',
  bands: [5, 10, 15],
  targetShare: 0.8,
  targetMinutes: { default: 15, B01: 10, B05: 10, B04: 10, Q03: 10, Q04: 10 },
  basicTypes: ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'],
  qualityTypes: ['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06', 'Q07', 'Q08', 'Q09'],
  groups: GROUPS,
  tiers: [
    {
      id: 'basic',
      nameZh: '基础型',
      minBasicTypesPassing: 8,
      minQualityTypesPresent: 0,
      groups: ['storeBreakfast', 'vegetableRepair'],
    },
    {
      id: 'enhanced',
      nameZh: '提升型',
      minBasicTypesPassing: 10,
      minQualityTypesPresent: 3,
      groups: ['storeBreakfast', 'vegetableRepair', 'elderlyChild'],
    },
    {
      id: 'quality',
      nameZh: '品质型',
      minBasicTypesPassing: 12,
      minQualityTypesPresent: 6,
      groups: ['storeBreakfast', 'vegetableRepair', 'elderlyChild'],
    },
  ],
};

/** Beijing's rule: eight basic services must cover every community (DOMAIN.md §2). */
export const BEIJING_EIGHT: RuleSet = {
  ...NATIONAL_DEFAULT,
  id: 'beijing-eight',
  nameZh: '北京八项基本便民服务',
  nameEn: 'Beijing eight basic services',
  basicTypes: ['B04', 'B01', 'B05', 'B09', 'B07', 'B13', 'B10', 'B06'],
  tiers: [{ id: 'basic', nameZh: '基础型', minBasicTypesPassing: 8, minQualityTypesPresent: 0, groups: [] }],
};

export const RULE_SETS: Record<string, RuleSet> = {
  [NATIONAL_DEFAULT.id]: NATIONAL_DEFAULT,
  [BEIJING_EIGHT.id]: BEIJING_EIGHT,
};

export function minutesFor(rules: RuleSet, type: string): number {
  return rules.targetMinutes[type] ?? rules.targetMinutes.default;
}
