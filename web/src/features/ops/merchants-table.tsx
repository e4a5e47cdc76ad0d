import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Merchant } from '../../api/types';
import { categoryColor } from '../../map/category-colors';
import { OpenStatus } from '../merchants/open-status';
import { useCategoryLabel } from '../merchants/use-category-label';

interface Props {
  merchants: readonly Merchant[];
  loading: boolean;
}

/** Operator view of a circle's merchants. */
export function MerchantsTable({ merchants, loading }: Props) {
  const { t } = useTranslation();
  const label = useCategoryLabel();
  return (
    <Table<Merchant>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...merchants]}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 720 }}
      data-testid="merchants-table"
      columns={[
        { title: t('merchant.name'), dataIndex: 'name', fixed: 'left', width: 160 },
        {
          title: t('merchant.category'),
          dataIndex: 'categories',
          render: (codes: string[]) =>
            codes.map((c) => (
              <Tag key={c} color={categoryColor(c)}>
                {label(c)}
              </Tag>
            )),
        },
        { title: t('merchant.hours'), dataIndex: 'openingHours', render: (v: string | null) => v ?? '—' },
        { title: t('merchant.openNow'), key: 'open', render: (_: unknown, m) => <OpenStatus merchant={m} /> },
        { title: t('merchant.phone'), dataIndex: 'phoneMasked', render: (v: string | null) => v ?? '—' },
        {
          title: t('merchant.status'),
          dataIndex: 'status',
          render: (s: string) => t(`merchant.statusValue.${s}`, { defaultValue: s }),
        },
      ]}
    />
  );
}
