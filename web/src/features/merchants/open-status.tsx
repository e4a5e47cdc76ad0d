import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Merchant } from '../../api/types';

/** 营业中 / 已打烊 / unknown, from the server's evaluation of the opening hours. */
export function OpenStatus({ merchant }: { merchant: Pick<Merchant, 'openNow'> }) {
  const { t } = useTranslation();
  if (merchant.openNow === true) return <Tag color="success">{t('merchant.openNow')}</Tag>;
  if (merchant.openNow === false) return <Tag>{t('merchant.closed')}</Tag>;
  return <Tag color="default">{t('merchant.hoursUnknown')}</Tag>;
}
