// 居民登记 (operator console): the circle's residents with masked contacts, and the registration of older
// and disabled residents after the desk has checked a document.
import { Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CirclePicker } from '../circles/circle-picker';
import { useActiveCircle } from '../circles/use-active-circle';
import { useResidentRegister, useVerifyResident } from './api';

export default function RegisterPage() {
  const { t } = useTranslation();
  const { circleId, setCircleId, circles } = useActiveCircle();
  const register = useResidentRegister(circleId);
  const verify = useVerifyResident(circleId);
  type Row = NonNullable<typeof register.data>['items'][number];
  return (
    <section data-testid="resident-register">
      <h1 className="q-page-title">{t('residents.registerTitle')}</h1>
      <CirclePicker circles={circles.data ?? []} value={circleId} onChange={setCircleId} />
      <Typography.Paragraph type="secondary">{t('residents.registerHint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="userId"
        size="small"
        loading={register.isPending && Boolean(circleId)}
        dataSource={register.data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('residents.name'), dataIndex: 'name' },
          { title: t('residents.phone'), dataIndex: 'phoneMasked' },
          { title: t('residents.address'), dataIndex: 'addressMasked', render: (v: string | null) => v ?? '—' },
          { title: t('residents.age'), dataIndex: 'age', align: 'right', render: (v: number | null) => v ?? '—' },
          {
            title: t('residents.elderlyVerified'),
            dataIndex: 'elderlyVerified',
            render: (v: boolean, r) => (
              <Switch
                checked={v}
                size="small"
                onChange={(on) => verify.mutate({ userId: r.userId, elderlyVerified: on })}
                aria-label={t('residents.elderlyVerified')}
              />
            ),
          },
          {
            title: t('residents.disabledVerified'),
            dataIndex: 'disabledVerified',
            render: (v: boolean, r) => (
              <Switch
                checked={v}
                size="small"
                onChange={(on) => verify.mutate({ userId: r.userId, disabledVerified: on })}
                aria-label={t('residents.disabledVerified')}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
