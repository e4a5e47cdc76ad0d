import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scorecard, TypeResult } from '../../api/types';
import { useCategoryLabel } from '../merchants/use-category-label';
import { percent, useReasonText } from './use-reason-text';

interface Props {
  scorecard: Scorecard;
  selectedType?: string;
  onSelectType?: (type: string) => void;
  /** The printable report shows every row and no pager. */
  print?: boolean;
}

/** Each type's 5/10/15-minute shares, pass or fail and the reason. */
export function ScorecardTable({ scorecard, selectedType, onSelectType, print }: Props) {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  const reasonText = useReasonText();
  return (
    <Table<TypeResult>
      rowKey="type"
      size="small"
      dataSource={scorecard.types}
      pagination={false}
      scroll={print ? undefined : { x: 560, y: 420 }}
      data-testid="scorecard-table"
      rowClassName={(r) => (r.type === selectedType ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({
        'data-type': r.type,
        'data-pass': String(r.pass),
        onClick: () => onSelectType?.(r.type),
        style: onSelectType ? { cursor: 'pointer' } : undefined,
      })}
      columns={[
        {
          title: t('planner.type'),
          dataIndex: 'type',
          width: 130,
          fixed: print ? undefined : 'left',
          render: (code: string) => `${code} ${typeName(code)}`,
        },
        ...scorecard.bands.map((minutes, i) => ({
          title: t('planner.withinMinutes', { minutes }),
          key: `band-${minutes}`,
          align: 'right' as const,
          width: 72,
          render: (_: unknown, r: TypeResult) => percent(r.shares[i]),
        })),
        {
          title: t('planner.result'),
          key: 'pass',
          width: 80,
          render: (_: unknown, r: TypeResult) => (
            <Tag color={r.pass ? 'success' : 'error'}>{t(r.pass ? 'planner.pass' : 'planner.fail')}</Tag>
          ),
        },
        { title: t('planner.reasonTitle'), key: 'reason', render: (_: unknown, r: TypeResult) => reasonText(r.reason) },
      ]}
    />
  );
}
