import { Card, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMerchants } from '../../api/queries';
import { CircleMap } from '../circles/circle-map';
import { CirclePicker } from '../circles/circle-picker';
import { useActiveCircle } from '../circles/use-active-circle';
import { MerchantsTable } from '../ops/merchants-table';
import { ImportPanel } from '../ops/import-panel';
import { ResidencesTable } from '../ops/residences-table';

/** Operator console: circle map, its merchants and residences. */
export default function OperatorHome() {
  const { t } = useTranslation();
  const { circleId, setCircleId, circles } = useActiveCircle();
  const merchants = useMerchants({ circleId, limit: 500 }, Boolean(circleId));
  const items = merchants.data?.items ?? [];
  return (
    <section data-testid="operator-home">
      <Space className="q-toolbar" wrap>
        <h1 className="q-page-title" style={{ margin: 0 }}>
          {t('home.operator.title')}
        </h1>
        <CirclePicker circles={circles.data ?? []} value={circleId} onChange={setCircleId} />
      </Space>
      <CircleMap circleId={circleId} merchants={items} height="min(55vh, 480px)" />
      <Card style={{ marginTop: 16 }} styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          items={[
            {
              key: 'merchants',
              label: `${t('home.operator.tabMerchants')} (${merchants.data?.total ?? 0})`,
              children: <MerchantsTable merchants={items} loading={merchants.isPending && Boolean(circleId)} />,
            },
            {
              key: 'residences',
              label: t('home.operator.tabResidences'),
              children: <ResidencesTable circleId={circleId} />,
            },
            {
              key: 'imports',
              label: t('imports.tab'),
              children: <ImportPanel circleId={circleId} />,
            },
          ]}
        />
      </Card>
    </section>
  );
}
