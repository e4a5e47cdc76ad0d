import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Tiers from lowest to highest; the district view sends the tier as a plain string. */
const TIERS = ['basic', 'enhanced', 'quality'] as const;
const TIER_COLORS: Record<string, string> = { basic: 'blue', enhanced: 'purple', quality: 'gold' };

/** 0 below basic, then 1, 2, 3 for sorting. */
export function tierRank(tier: string | null | undefined): number {
  return TIERS.indexOf(tier as (typeof TIERS)[number]) + 1;
}

export function TierTag({ tier }: { tier: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Tag color={(tier && TIER_COLORS[tier]) || 'default'} data-testid="tier">
      {t(`planner.tier.${tier ?? 'none'}`, { defaultValue: tier ?? '' })}
    </Tag>
  );
}
