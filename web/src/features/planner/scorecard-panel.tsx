import { Descriptions, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../../api/types';
import { ScorecardTable } from './scorecard-table';
import { TierTag } from './tier-tag';
import { useReasonText } from './use-reason-text';

interface Props {
  scorecard: Scorecard;
  selectedType?: string;
  onSelectType?: (type: string) => void;
}

/** Tier, counts, the three groups and the per-type table. */
export function ScorecardPanel({ scorecard, selectedType, onSelectType }: Props) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="scorecard">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('planner.tierLabel')}>
          <TierTag tier={scorecard.tier} />
        </Descriptions.Item>
        <Descriptions.Item label={t('planner.population')}>{scorecard.population}</Descriptions.Item>
        <Descriptions.Item label={t('planner.basicPassing')}>{scorecard.basicPassing}</Descriptions.Item>
        <Descriptions.Item label={t('planner.qualityPresent')}>{scorecard.qualityPresent}</Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        header={<strong>{t('planner.groups')}</strong>}
        dataSource={scorecard.groups}
        data-testid="scorecard-groups"
        renderItem={(g) => (
          <List.Item data-group={g.id} data-complete={String(g.complete)}>
            <Space wrap>
              <Tag color={g.complete ? 'success' : 'error'}>{t(`planner.group.${g.id}`)}</Tag>
              <span>{reasonText(g.reason)}</span>
            </Space>
          </List.Item>
        )}
      />
      <ScorecardTable scorecard={scorecard} selectedType={selectedType} onSelectType={onSelectType} />
    </Space>
  );
}
