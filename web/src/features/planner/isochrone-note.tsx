import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISOCHRONE_COLORS } from './coverage-bands';
import type { IsochroneState } from './use-isochrone';

/** Under the map: how to draw bands, their key, and how long the last drawing took. */
export function IsochroneNote({ state }: { state: IsochroneState }) {
  const { t } = useTranslation();
  return (
    <div className="q-isochrone-note" data-testid="isochrone-note">
      {[5, 10, 15].map((m) => (
        <span key={m} className="q-map-legend-item">
          <i style={{ background: ISOCHRONE_COLORS[m], borderRadius: 2 }} />
          {t('planner.withinMinutes', { minutes: m })}
        </span>
      ))}
      <Typography.Text type={state.error ? 'danger' : 'secondary'}>
        {state.error
          ? t('planner.isochrone.error')
          : state.ms !== undefined
            ? t('planner.isochrone.drawn', { ms: state.ms })
            : state.point
              ? t('app.loading')
              : t('planner.isochrone.hint')}
      </Typography.Text>
    </div>
  );
}
