import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, setLocale, type Locale } from '../i18n';

/** 中文 / English, remembered in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('lang.label')}
      data-testid="language-switch"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      onChange={(value) => setLocale(value)}
    />
  );
}
