import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="q-center" role="status">
      <Spin />
      <span className="q-sr-only">{t('app.loading')}</span>
    </div>
  );
}
