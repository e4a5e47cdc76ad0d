import { useEffect, useState } from 'react';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/queries';
import {
  useAddScenarioChange,
  useCoverage,
  useRecommendations,
  useScenarios,
  useScorecard,
  evaluationXlsxUrl,
} from '../../api/evaluation-queries';
import type { Recommendation } from '../../api/types';
import { hasAnyRole, PLANNER_EDIT_ROLES } from '../../app/roles';
import type { MapLibreMap } from '../../map/maplibre';
import { CirclePicker } from '../circles/circle-picker';
import { useActiveCircle } from '../circles/use-active-circle';
import { useCategoryLabel } from '../merchants/use-category-label';
import { IsochroneNote } from './isochrone-note';
import { TypePicker } from './type-picker';
import { PlannerMap } from './planner-map';
import { PlannerSidePanel, type PlannerTab } from './planner-side-panel';
import { useIsochrone } from './use-isochrone';
import './planner.css';

/** Planner workbench: walking coverage on the map, the scorecard, siting and what-if scenarios. */
export default function PlannerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const canPlan = Boolean(me.data && hasAnyRole(me.data, PLANNER_EDIT_ROLES));
  const typeName = useCategoryLabel();
  const { circleId, setCircleId, circles } = useActiveCircle();
  // The city view links here with ?circle=<id>.
  const [params] = useSearchParams();
  const linkedCircle = params.get('circle');
  useEffect(() => {
    if (linkedCircle) setCircleId(linkedCircle);
  }, [linkedCircle, setCircleId]);
  const [type, setType] = useState<string>('B01');
  const [tab, setTab] = useState<PlannerTab>('scorecard');
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [chosenScenario, setChosenScenario] = useState<string | undefined>(undefined);
  const scorecard = useScorecard(circleId);
  const coverage = useCoverage(circleId, type);
  const recommendations = useRecommendations(circleId, type);
  const scenarios = useScenarios(circleId, canPlan);
  const addChange = useAddScenarioChange();
  const { isochrone, onMapClick } = useIsochrone(map, circleId);
  const scenarioList = scenarios.data ?? [];
  const scenarioId = chosenScenario ?? scenarioList[scenarioList.length - 1]?.id;

  const accept = (item: Recommendation, rank: number) => {
    if (!circleId) return;
    addChange.mutate(
      {
        circleId,
        scenarioId,
        newName: t('planner.scenario.defaultName', { type: typeName(type) }),
        change: {
          kind: 'add',
          types: [type],
          lon: item.lon,
          lat: item.lat,
          name: t('planner.scenario.newSite', { type: typeName(type), rank }),
        },
      },
      {
        onSuccess: (scenario) => {
          setChosenScenario(scenario.id);
          setTab('scenario');
          void message.success(t('planner.scenario.added'));
        },
        onError: () => void message.error(t('app.error')),
      },
    );
  };

  return (
    <section data-testid="planner-page">
      <Space className="q-toolbar" wrap>
        <h1 className="q-page-title" style={{ margin: 0 }}>
          {t('planner.title')}
        </h1>
        <CirclePicker circles={circles.data ?? []} value={circleId} onChange={setCircleId} />
        <TypePicker value={type} onChange={setType} />
        <Button
          href={circleId ? evaluationXlsxUrl(circleId) : undefined}
          download
          disabled={!circleId}
          data-testid="export-xlsx"
        >
          {t('planner.exportXlsx')}
        </Button>
        <Link to={`/planner/report?circle=${encodeURIComponent(circleId ?? '')}&type=${encodeURIComponent(type)}`}>
          {t('planner.report')}
        </Link>
      </Space>
      <div className="q-grid q-planner-grid">
        <div>
          <PlannerMap
            circleId={circleId}
            type={type}
            coverage={coverage.data}
            recommendations={recommendations.data}
            map={map}
            onMapReady={setMap}
            onMapClick={onMapClick}
          />
          <IsochroneNote state={isochrone} />
        </div>
        <PlannerSidePanel
          circleId={circleId}
          type={type}
          onSelectType={setType}
          tab={tab}
          onTab={setTab}
          scorecard={scorecard}
          recommendations={{
            data: recommendations.data,
            isFetching: recommendations.isFetching,
            isError: recommendations.isError,
            run: () => void recommendations.refetch(),
          }}
          planning={
            canPlan
              ? {
                  scenarios: scenarioList,
                  scenarioId,
                  onScenarioChange: setChosenScenario,
                  onAccept: accept,
                  accepting: addChange.isPending,
                }
              : undefined
          }
        />
      </div>
    </section>
  );
}
