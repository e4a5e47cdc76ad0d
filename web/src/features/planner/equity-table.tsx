import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEquity } from '../../api/evaluation-queries';
import type { EquityItem, Profile } from '../../api/types';
import { useCategoryLabel } from '../merchants/use-category-label';
import { percent } from './use-reason-text';

const PROFILES: readonly Profile[] = ['default', 'elderly', 'child'];
/** 一老一小: elderly care and child care come first, they matter most for equity. */
const ELDERLY_CHILD = new Set(['Q03', 'Q04']);

/** Share of residents reached within each type's target minutes at adult, elderly and child-escort pace. */
export function EquityTable({ circleId }: { circleId: string | undefined }) {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  const equity = useEquity(circleId);
  if (equity.isError) return <Alert type="error" showIcon title={t('app.error')} />;
  const rows = [...(equity.data ?? [])].sort(
    (a, b) => Number(ELDERLY_CHILD.has(b.type)) - Number(ELDERLY_CHILD.has(a.type)),
  );
  return (
    <Table<EquityItem>
      rowKey="type"
      size="small"
      loading={equity.isPending && Boolean(circleId)}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 480, y: 420 }}
      data-testid="equity-table"
      columns={[
        {
          title: t('planner.type'),
          dataIndex: 'type',
          render: (c: string) => (
            <>
              {`${c} ${typeName(c)}`}{' '}
              {ELDERLY_CHILD.has(c) && <Tag color="magenta">{t('planner.group.elderlyChild')}</Tag>}
            </>
          ),
        },
        { title: t('planner.targetMinutes'), dataIndex: 'targetMinutes', align: 'right', width: 80 },
        ...PROFILES.map((profile) => ({
          title: t(`planner.profile.${profile}`),
          key: profile,
          align: 'right' as const,
          width: 80,
          render: (_: unknown, r: EquityItem) => percent(r.shareAtTarget[profile]),
        })),
      ]}
    />
  );
}
