import { useEffect, useState } from 'react';
import { Alert, Button, List, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCircles, useMe } from '../../api/queries';
import { hasAnyRole, PLANNER_EDIT_ROLES } from '../../app/roles';
import { useCoverage, useRecommendations, useScorecard } from '../../api/evaluation-queries';
import type { MapLibreMap } from '../../map/maplibre';
import { useCategoryLabel } from '../merchants/use-category-label';
import { GapsList } from './gaps-list';
import { snapshotMap } from './map-snapshot';
import { PlannerMap } from './planner-map';
import { ScorecardTable } from './scorecard-table';
import { TierTag } from './tier-tag';
import './planner.css';

/** Keeps an image of the map after every redraw; the printout shows the image, not the live canvas. */
function useMapSnapshot(map: MapLibreMap | null): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!map) return undefined;
    let alive = true;
    // Our own repaint ends in another 'idle'; skip that one or we would snapshot forever.
    let ownRepaint = false;
    const onIdle = () => {
      if (ownRepaint) {
        ownRepaint = false;
        return;
      }
      ownRepaint = true;
      void snapshotMap(map).then((u) => alive && setUrl(u));
    };
    map.on('idle', onIdle);
    return () => {
      alive = false;
      map.off('idle', onIdle);
    };
  }, [map]);
  return url;
}

/** Printable planner report: map image, scorecard, gaps and recommended sites for one type. */
export default function PlannerReportPage() {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  const [params] = useSearchParams();
  const me = useMe();
  const canPlan = Boolean(me.data && hasAnyRole(me.data, PLANNER_EDIT_ROLES));
  const circles = useCircles();
  const circleId = params.get('circle') || circles.data?.[0]?.id;
  const type = params.get('type') || 'B01';
  const circle = circles.data?.find((c) => c.id === circleId);
  const scorecard = useScorecard(circleId);
  const coverage = useCoverage(circleId, type);
  const recommendations = useRecommendations(circleId, type);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const snapshot = useMapSnapshot(map);
  const { data: recs, refetch } = recommendations;
  useEffect(() => {
    if (canPlan && circleId && !recs) void refetch();
  }, [canPlan, circleId, recs, refetch]);

  return (
    <article className="q-report" data-testid="planner-report">
      <Space className="q-toolbar q-no-print" wrap>
        <Link to="/planner">{t('planner.backToPlanner')}</Link>
        <Button type="primary" onClick={() => window.print()} disabled={!snapshot} data-testid="print-report">
          {t('planner.print')}
        </Button>
      </Space>
      <h1 className="q-page-title">{t('planner.reportTitle', { circle: circle?.name ?? '' })}</h1>
      <section>
        <h2 className="q-page-title">{t('planner.reportMap', { type: typeName(type) })}</h2>
        <div className="q-report-live">
          <PlannerMap
            circleId={circleId}
            type={type}
            coverage={coverage.data}
            recommendations={recs}
            map={map}
            onMapReady={setMap}
            height={420}
          />
        </div>
        {snapshot && (
          <img className="q-report-snapshot" src={snapshot} alt={t('map.label')} data-testid="report-snapshot" />
        )}
      </section>
      {scorecard.isError && <Alert type="error" showIcon title={t('app.error')} />}
      {scorecard.data ? (
        <>
          <section>
            <h2 className="q-page-title">
              {t('planner.tab.scorecard')} <TierTag tier={scorecard.data.tier} />
            </h2>
            <ScorecardTable scorecard={scorecard.data} selectedType={type} print />
          </section>
          <section>
            <h2 className="q-page-title">{t('planner.tab.gaps')}</h2>
            <GapsList scorecard={scorecard.data} />
          </section>
        </>
      ) : (
        <Skeleton active />
      )}
      {canPlan && (
        <section>
          <h2 className="q-page-title">{t('planner.recommendHint', { type: typeName(type), minutes: 15 })}</h2>
          <List
            size="small"
            loading={recommendations.isFetching}
            dataSource={recs ?? []}
            renderItem={(r, i) => (
              <List.Item>
                {t('planner.site', { rank: i + 1 })} · {t('planner.gain', { count: r.gainPopulation })} ·{' '}
                {r.lon.toFixed(5)}, {r.lat.toFixed(5)}
              </List.Item>
            )}
          />
        </section>
      )}
    </article>
  );
}
