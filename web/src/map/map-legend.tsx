import { useTranslation } from 'react-i18next';
import type { Merchant } from '../api/types';
import { categoryColor, topCategory } from './category-colors';

/** A small key of the categories present on the map. */
export function MapLegend({ merchants }: { merchants?: readonly Merchant[] }) {
  const { t } = useTranslation();
  const codes = [...new Set((merchants ?? []).map((m) => topCategory(m.categories[0])).filter(Boolean))]
    .sort()
    .slice(0, 8);
  if (codes.length === 0) return null;
  return (
    <div className="q-map-legend" aria-label={t('map.legend')}>
      {codes.map((code) => (
        <span key={code} className="q-map-legend-item">
          <i style={{ background: categoryColor(code) }} />
          {t(`category.${code}`, { defaultValue: code })}
        </span>
      ))}
    </div>
  );
}
