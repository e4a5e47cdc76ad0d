import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResidences } from '../../api/queries';
import type { Residence } from '../../api/types';

/** The residences (居住小区) of a circle with households and population. */
export function ResidencesTable({ circleId }: { circleId: string | undefined }) {
  const { t } = useTranslation();
  const residences = useResidences(circleId);
  return (
    <Table<Residence>
      rowKey="id"
      size="small"
      loading={residences.isPending && Boolean(circleId)}
      dataSource={residences.data ?? []}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      data-testid="residences-table"
      columns={[
        { title: t('residence.name'), dataIndex: 'name' },
        { title: t('residence.households'), dataIndex: 'households', align: 'right', render: (v?: number) => v ?? '—' },
        { title: t('residence.population'), dataIndex: 'population', align: 'right', render: (v?: number) => v ?? '—' },
      ]}
    />
  );
}
