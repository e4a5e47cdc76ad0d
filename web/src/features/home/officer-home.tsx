import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMerchants } from '../../api/queries';
import type { Circle } from '../../api/types';
import { CircleMap } from '../circles/circle-map';
import { useActiveCircle } from '../circles/use-active-circle';

/** Officer console: the circles of the district and the map of the selected one. */
export default function OfficerHome() {
  const { t } = useTranslation();
  const { circleId, setCircleId, circles } = useActiveCircle();
  const merchants = useMerchants({ circleId, limit: 500 }, Boolean(circleId));
  return (
    <section data-testid="officer-home">
      <h1 className="q-page-title">{t('home.officer.title')}</h1>
      <div className="q-grid">
        <CircleMap circleId={circleId} merchants={merchants.data?.items} height="min(55vh, 480px)" />
        <Table<Circle>
          rowKey="id"
          size="small"
          loading={circles.isPending}
          dataSource={circles.data ?? []}
          pagination={false}
          data-testid="circles-table"
          rowClassName={(c) => (c.id === circleId ? 'ant-table-row-selected' : '')}
          onRow={(c) => ({ onClick: () => setCircleId(c.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('circle.name'), dataIndex: 'name' },
            { title: t('circle.district'), dataIndex: 'district', render: (v?: string) => v ?? '—' },
            {
              title: t('circle.tier'),
              dataIndex: 'tier',
              render: (v?: string) => (v ? t(`circle.tierValue.${v}`, { defaultValue: v }) : '—'),
            },
          ]}
        />
      </div>
    </section>
  );
}
