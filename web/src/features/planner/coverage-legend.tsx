import { useTranslation } from 'react-i18next';
import type { CoverageItem } from '../../api/types';
import { BAND_COLORS, COVERAGE_BANDS, populationByBand } from './coverage-bands';

/** Key of the residence colours, with the population in each band. */
export function CoverageLegend({ items }: { items: readonly CoverageItem[] | undefined }) {
  const { t } = useTranslation();
  const counts = populationByBand(items ?? []);
  return (
    <div className="q-coverage-legend" aria-label={t('planner.legend.title')} data-testid="coverage-legend">
      <strong>{t('planner.legend.title')}</strong>
      {COVERAGE_BANDS.map((band) => (
        <span key={band} className="q-map-legend-item">
          <i style={{ background: BAND_COLORS[band] }} />
          {t(`planner.legend.${band}`)}
          {items ? ` · ${counts[band]}` : ''}
        </span>
      ))}
    </div>
  );
}
