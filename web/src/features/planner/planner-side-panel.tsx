import { Alert, Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation, Scenario, Scorecard } from '../../api/types';
import { EquityTable } from './equity-table';
import { GapsList } from './gaps-list';
import { RecommendationsPanel } from './recommendations-panel';
import { ScenarioPanel } from './scenario-panel';
import { ScorecardPanel } from './scorecard-panel';

export type PlannerTab = 'scorecard' | 'gaps' | 'siting' | 'scenario' | 'equity';

interface Props {
  circleId: string | undefined;
  type: string | undefined;
  onSelectType: (type: string) => void;
  tab: PlannerTab;
  onTab: (tab: PlannerTab) => void;
  scorecard: { data?: Scorecard; isError: boolean };
  recommendations: { data?: Recommendation[]; isFetching: boolean; isError: boolean; run: () => void };
  /** Absent for read-only users. */
  planning?: {
    scenarios: readonly Scenario[];
    scenarioId: string | undefined;
    onScenarioChange: (id: string) => void;
    onAccept: (item: Recommendation, rank: number) => void;
    accepting: boolean;
  };
}

/** Scorecard, gaps, siting, scenario and equity, in tabs beside (or, on a phone, under) the map. */
export function PlannerSidePanel(props: Props) {
  const { t } = useTranslation();
  const { scorecard, recommendations, planning } = props;
  const card = scorecard.data;
  const needCard = (node: (s: Scorecard) => React.ReactNode) =>
    scorecard.isError ? (
      <Alert type="error" showIcon title={t('app.error')} />
    ) : card ? (
      node(card)
    ) : (
      <Skeleton active />
    );
  const items = [
    {
      key: 'scorecard',
      label: t('planner.tab.scorecard'),
      children: needCard((s) => (
        <ScorecardPanel scorecard={s} selectedType={props.type} onSelectType={props.onSelectType} />
      )),
    },
    {
      key: 'gaps',
      label: t('planner.tab.gaps'),
      children: needCard((s) => <GapsList scorecard={s} onSelectType={props.onSelectType} />),
    },
    // Siting and scenarios are what-if planning: the server allows them to operators and admins only.
    ...(planning
      ? [
          {
            key: 'siting',
            label: t('planner.tab.siting'),
            children: (
              <RecommendationsPanel
                type={props.type}
                items={recommendations.data}
                loading={recommendations.isFetching}
                error={recommendations.isError}
                onRecommend={recommendations.run}
                onAccept={planning.onAccept}
                accepting={planning.accepting}
              />
            ),
          },
          {
            key: 'scenario',
            label: t('planner.tab.scenario'),
            children: (
              <ScenarioPanel
                scenarios={planning.scenarios}
                scenarioId={planning.scenarioId}
                onScenarioChange={planning.onScenarioChange}
                selectedType={props.type}
              />
            ),
          },
        ]
      : []),
    { key: 'equity', label: t('planner.tab.equity'), children: <EquityTable circleId={props.circleId} /> },
  ];
  return (
    <Card size="small" className="q-planner-panel" styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={props.tab}
        onChange={(key) => props.onTab(key as PlannerTab)}
        items={items}
        data-testid="planner-tabs"
        size="small"
      />
    </Card>
  );
}
