// The scorecard: pure decisions from coverage figures. Reasons are structured (code + values) so the
// web app words them through i18n and the CLI and reports through describeReason().
import { GROUPS, minutesFor, type GroupId, type RuleSet, type TierRule } from './rule-sets';

export interface TypeFigures {
  type: string;
  /** Facilities of this type in or serving the circle. */
  facilities: number;
  /** Population share (0..1) within each band of the rule set, same order as rules.bands. */
  shares: number[];
  /** Share within the type's own target minutes. */
  shareAtTarget: number;
}

export type Reason =
  | { code: 'missing'; type: string }
  | { code: 'below_target'; type: string; minutes: number; share: number; target: number }
  | { code: 'meets_target'; type: string; minutes: number; share: number; target: number }
  | { code: 'group_incomplete'; group: GroupId; missing: string[] }
  | { code: 'group_complete'; group: GroupId }
  | { code: 'count_below'; kind: 'basic' | 'quality'; count: number; required: number };

export interface TypeResult extends TypeFigures {
  kind: 'basic' | 'quality';
  targetMinutes: number;
  pass: boolean;
  reason: Reason;
}

export interface GroupResult {
  id: GroupId;
  nameZh: string;
  complete: boolean;
  reason: Reason;
}

export interface Scorecard {
  ruleSet: string;
  population: number;
  types: TypeResult[];
  groups: GroupResult[];
  basicPresent: number;
  basicPassing: number;
  qualityPresent: number;
  tier: TierRule['id'] | null;
  /** Why the next tier up is not reached (empty at the top tier). */
  nextTierGaps: Reason[];
}

export function scorecard(rules: RuleSet, population: number, figures: Map<string, TypeFigures>): Scorecard {
  const typeResult = (type: string, kind: 'basic' | 'quality'): TypeResult => {
    const f = figures.get(type) ?? { type, facilities: 0, shares: rules.bands.map(() => 0), shareAtTarget: 0 };
    const minutes = minutesFor(rules, type);
    const pass = f.facilities > 0 && f.shareAtTarget >= rules.targetShare;
    const reason: Reason =
      f.facilities === 0
        ? { code: 'missing', type }
        : {
            code: pass ? 'meets_target' : 'below_target',
            type,
            minutes,
            share: f.shareAtTarget,
            target: rules.targetShare,
          };
    return { ...f, kind, targetMinutes: minutes, pass, reason };
  };
  const types = [
    ...rules.basicTypes.map((t) => typeResult(t, 'basic')),
    ...rules.qualityTypes.map((t) => typeResult(t, 'quality')),
  ];
  const byType = new Map(types.map((t) => [t.type, t]));
  const passing = (t: string) => (byType.get(t) ?? typeResult(t, 'quality')).pass;
  const groups: GroupResult[] = GROUPS.map((g) => {
    const missing = g.members.filter((alts) => !alts.some(passing)).map((alts) => alts.join('/'));
    return {
      id: g.id,
      nameZh: g.nameZh,
      complete: missing.length === 0,
      reason: missing.length
        ? { code: 'group_incomplete', group: g.id, missing }
        : { code: 'group_complete', group: g.id },
    };
  });
  const basicPresent = types.filter((t) => t.kind === 'basic' && t.facilities > 0).length;
  const basicPassing = types.filter((t) => t.kind === 'basic' && t.pass).length;
  const qualityPresent = types.filter((t) => t.kind === 'quality' && t.facilities > 0).length;
  const gapsFor = (tier: TierRule): Reason[] => {
    const gaps: Reason[] = [];
    if (basicPassing < tier.minBasicTypesPassing)
      gaps.push({ code: 'count_below', kind: 'basic', count: basicPassing, required: tier.minBasicTypesPassing });
    if (qualityPresent < tier.minQualityTypesPresent)
      gaps.push({ code: 'count_below', kind: 'quality', count: qualityPresent, required: tier.minQualityTypesPresent });
    for (const gid of tier.groups) {
      const g = groups.find((x) => x.id === gid)!;
      if (!g.complete) gaps.push(g.reason);
    }
    return gaps;
  };
  let tier: Scorecard['tier'] = null;
  let nextTierGaps: Reason[] = [];
  for (const t of rules.tiers) {
    const gaps = gapsFor(t);
    if (gaps.length > 0) {
      nextTierGaps = gaps;
      break;
    }
    tier = t.id;
  }
  return {
    ruleSet: rules.id,
    population,
    types,
    groups,
    basicPresent,
    basicPassing,
    qualityPresent,
    tier,
    nextTierGaps,
  };
}

const GROUP_EN: Record<GroupId, string> = {
  storeBreakfast: 'store & breakfast (一店一早)',
  vegetableRepair: 'vegetables & repair (一菜一修)',
  elderlyChild: 'elderly & child care (一老一小)',
};
const GROUP_ZH: Record<GroupId, string> = {
  storeBreakfast: '一店一早',
  vegetableRepair: '一菜一修',
  elderlyChild: '一老一小',
};

/** Words for a reason, for the CLI and exported reports (the web app uses its own i18n keys). */
export function describeReason(
  r: Reason,
  locale: 'zh-CN' | 'en',
  typeName: (code: string) => string = (c) => c,
): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const zh = locale === 'zh-CN';
  switch (r.code) {
    case 'missing':
      return zh ? `${typeName(r.type)}：圈内缺失` : `${typeName(r.type)}: none in the circle`;
    case 'below_target':
      return zh
        ? `${typeName(r.type)}：${r.minutes}分钟步行覆盖${pct(r.share)}居民，低于目标${pct(r.target)}`
        : `${typeName(r.type)}: ${pct(r.share)} of residents within ${r.minutes} min, below the ${pct(r.target)} target`;
    case 'meets_target':
      return zh
        ? `${typeName(r.type)}：${r.minutes}分钟步行覆盖${pct(r.share)}居民，达到目标`
        : `${typeName(r.type)}: ${pct(r.share)} of residents within ${r.minutes} min, meets the target`;
    case 'group_incomplete':
      return zh
        ? `${GROUP_ZH[r.group]}不完整：缺 ${r.missing.map(typeName).join('、')}`
        : `${GROUP_EN[r.group]} incomplete: missing ${r.missing.map(typeName).join(', ')}`;
    case 'group_complete':
      return zh ? `${GROUP_ZH[r.group]}完整` : `${GROUP_EN[r.group]} complete`;
    case 'count_below':
      return zh
        ? `${r.kind === 'basic' ? '达标基本保障类' : '品质提升类'}业态 ${r.count} 种，需 ${r.required} 种`
        : `${r.count} ${r.kind === 'basic' ? 'basic types meet their target' : 'quality types present'}, ${r.required} required`;
  }
}
