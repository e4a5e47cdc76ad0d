import { Card, Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe, useMerchant } from '../../api/queries';
import type { Merchant } from '../../api/types';
import { CircleMap } from '../circles/circle-map';
import { OpenStatus } from '../merchants/open-status';
import { useCategoryLabel } from '../merchants/use-category-label';
import { PageSpinner } from '../../app/page-spinner';

function ShopCard({ merchant }: { merchant: Merchant }) {
  const { t } = useTranslation();
  const label = useCategoryLabel();
  return (
    <Card
      title={merchant.name}
      extra={<OpenStatus merchant={merchant} />}
      data-testid="shop-card"
      style={{ marginBottom: 12 }}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('merchant.category')}>
          {merchant.categories.map(label).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('merchant.hours')}>
          {merchant.openingHours ?? t('merchant.hoursUnknown')}
        </Descriptions.Item>
        <Descriptions.Item label={t('merchant.address')}>{merchant.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('merchant.phone')}>{merchant.phoneMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('merchant.status')}>
          {t(`merchant.statusValue.${merchant.status}`, { defaultValue: merchant.status })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** One shop bound to the account, with its circle map. */
function Shop({ merchantId }: { merchantId: string }) {
  const merchant = useMerchant(merchantId);
  if (merchant.isPending) return <PageSpinner />;
  if (!merchant.data) return null;
  return (
    <>
      <ShopCard merchant={merchant.data} />
      <CircleMap circleId={merchant.data.circleId} merchants={[merchant.data]} height={320} />
    </>
  );
}

/** Console home for merchant staff: the shops their account is bound to. */
export default function MerchantHome() {
  const { t } = useTranslation();
  const me = useMe();
  const shopIds = [
    ...new Set(
      (me.data?.roles ?? []).flatMap((r) => (r.role === 'merchant_staff' && r.merchantId ? [r.merchantId] : [])),
    ),
  ];
  return (
    <section>
      <h1 className="q-page-title">{t('home.merchant.title')}</h1>
      {shopIds.length === 0 && <Empty description={t('home.merchant.none')} />}
      {shopIds.map((id) => (
        <Shop key={id} merchantId={id} />
      ))}
    </section>
  );
}
