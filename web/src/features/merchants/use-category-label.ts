import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusinessTypes } from '../../api/queries';
import { topCategory } from '../../map/category-colors';

/** Name of a business-type code in the current language: catalogue first, then our own keys. */
export function useCategoryLabel() {
  const { t, i18n } = useTranslation();
  const types = useBusinessTypes();
  const en = i18n.language === 'en';
  return useCallback(
    (code: string): string => {
      const item = types.data?.find((bt) => bt.code === code);
      if (item) return (en ? item.nameEn : item.nameZh) || item.nameZh;
      return t(`category.${topCategory(code)}`, { defaultValue: code });
    },
    [types.data, en, t],
  );
}
