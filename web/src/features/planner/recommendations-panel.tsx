import { Alert, Button, Empty, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../api/types';
import { useCategoryLabel } from '../merchants/use-category-label';

interface Props {
  type: string | undefined;
  items: readonly Recommendation[] | undefined;
  loading: boolean;
  error: boolean;
  onRecommend: () => void;
  onAccept: (item: Recommendation, rank: number) => void;
  accepting?: boolean;
}

/** "推荐选址" for the chosen type: the best new sites with the residents each would bring within 15 minutes. */
export function RecommendationsPanel({ type, items, loading, error, onRecommend, onAccept, accepting }: Props) {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Button type="primary" onClick={onRecommend} disabled={!type} loading={loading} data-testid="recommend-button">
        {t('planner.recommend')}
      </Button>
      {type && <span>{t('planner.recommendHint', { type: typeName(type), minutes: 15 })}</span>}
      {error && <Alert type="error" showIcon title={t('app.error')} />}
      {items &&
        (items.length === 0 ? (
          <Empty description={t('planner.noRecommendations')} />
        ) : (
          <List
            size="small"
            dataSource={[...items]}
            data-testid="recommendations"
            renderItem={(item, i) => (
              <List.Item
                data-testid="recommendation"
                actions={[
                  <Button
                    key="accept"
                    size="small"
                    loading={accepting}
                    onClick={() => onAccept(item, i + 1)}
                    data-testid="accept-recommendation"
                  >
                    {t('planner.accept')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={t('planner.site', { rank: i + 1 })}
                  description={t('planner.gain', { count: item.gainPopulation })}
                />
              </List.Item>
            )}
          />
        ))}
    </Space>
  );
}
