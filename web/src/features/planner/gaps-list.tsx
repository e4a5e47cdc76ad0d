import { Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reason, Scorecard } from '../../api/types';
import { useReasonText } from './use-reason-text';

interface Props {
  scorecard: Scorecard;
  onSelectType?: (type: string) => void;
}

/** Failing types first, then what keeps the circle from the next tier. */
export function GapsList({ scorecard, onSelectType }: Props) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const failing = scorecard.types.filter((r) => !r.pass);
  const items: { key: string; reason: Reason; type?: string; tierGap?: boolean }[] = [
    ...scorecard.nextTierGaps.map((reason, i) => ({ key: `tier-${i}`, reason, tierGap: true })),
    ...failing.map((r) => ({ key: r.type, reason: r.reason, type: r.type })),
  ];
  if (items.length === 0) return <Empty description={t('planner.noGaps')} />;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="gaps-list"
      renderItem={(item) => (
        <List.Item
          data-type={item.type}
          onClick={item.type ? () => onSelectType?.(item.type!) : undefined}
          style={item.type && onSelectType ? { cursor: 'pointer' } : undefined}
        >
          {item.tierGap && <Tag color="orange">{t('planner.nextTier')}</Tag>}
          {reasonText(item.reason)}
        </List.Item>
      )}
    />
  );
}
