import { Alert } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCircleMap, useMerchants } from '../../api/queries';
import type { CoverageItem, Recommendation } from '../../api/types';
import type { MapLibreMap } from '../../map/maplibre';
import { MapView } from '../../map/map-view';
import { coverageToGeoJSON, recommendationsToGeoJSON } from './coverage-bands';
import { CoverageLegend } from './coverage-legend';
import { PLANNER_SOURCE, usePlannerSource } from './planner-layers';

interface Props {
  circleId: string | undefined;
  type: string | undefined;
  coverage: readonly CoverageItem[] | undefined;
  recommendations: readonly Recommendation[] | undefined;
  map: MapLibreMap | null;
  onMapReady: (map: MapLibreMap | null) => void;
  onMapClick?: (lon: number, lat: number) => void;
  height?: number | string;
  children?: ReactNode;
}

/** The circle's streets with residences coloured by walking minutes and the chosen type's merchants. */
export function PlannerMap({
  circleId,
  type,
  coverage,
  recommendations,
  map,
  onMapReady,
  onMapClick,
  height = 'min(60vh, 560px)',
  children,
}: Props) {
  const { t } = useTranslation();
  const layers = useCircleMap(circleId);
  const merchants = useMerchants({ circleId, category: type, limit: 500 }, Boolean(circleId && type));
  const coverageData = useMemo(() => coverageToGeoJSON(coverage ?? []), [coverage]);
  const recommendationData = useMemo(() => recommendationsToGeoJSON(recommendations ?? []), [recommendations]);
  usePlannerSource(map, PLANNER_SOURCE.coverage, coverageData);
  usePlannerSource(map, PLANNER_SOURCE.recommendations, recommendationData);
  return (
    <>
      {layers.isError && <Alert type="warning" showIcon title={t('map.noData')} style={{ marginBottom: 8 }} />}
      <MapView
        layers={layers.data}
        merchants={type ? merchants.data?.items : []}
        height={height}
        onMapReady={onMapReady}
        onMapClick={onMapClick}
      >
        <CoverageLegend items={coverage} />
        {children}
      </MapView>
    </>
  );
}
