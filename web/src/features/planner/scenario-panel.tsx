import { Alert, Empty, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScenarioEvaluation } from '../../api/evaluation-queries';
import type { Scenario, ScenarioEvaluation } from '../../api/types';
import { useCategoryLabel } from '../merchants/use-category-label';
import { TierTag } from './tier-tag';
import { percent } from './use-reason-text';

interface Props {
  scenarios: readonly Scenario[];
  scenarioId: string | undefined;
  onScenarioChange: (id: string) => void;
  selectedType: string | undefined;
}

type DiffRow = ScenarioEvaluation['diff'][number];

/** The scenario's evaluation against the live baseline: tier and each type's share before → after. */
export function ScenarioPanel({ scenarios, scenarioId, onScenarioChange, selectedType }: Props) {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  const evaluation = useScenarioEvaluation(scenarioId);
  if (scenarios.length === 0) return <Empty description={t('planner.scenario.none')} />;
  const selected = evaluation.data?.diff.find((d) => d.type === selectedType);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="scenario-panel">
      <Select
        value={scenarioId}
        onChange={onScenarioChange}
        aria-label={t('planner.scenario.pick')}
        options={scenarios.map((s) => ({
          value: s.id,
          label: t('planner.scenario.option', { name: s.name, count: s.changes.length }),
        }))}
        style={{ width: '100%' }}
      />
      {evaluation.isError && <Alert type="error" showIcon title={t('app.error')} />}
      {evaluation.data && (
        <>
          <Space wrap>
            {t('planner.scenario.tier')}
            <TierTag tier={evaluation.data.baseline.tier} />→<TierTag tier={evaluation.data.scenario.tier} />
          </Space>
          {selected && (
            <div
              className="q-scenario-rise"
              data-testid="scenario-rise"
              data-type={selected.type}
              data-before={selected.before}
              data-after={selected.after}
            >
              {t('planner.scenario.rise', {
                type: typeName(selected.type),
                before: percent(selected.before),
                after: percent(selected.after),
              })}
            </div>
          )}
          <Table<DiffRow>
            rowKey="type"
            size="small"
            pagination={false}
            dataSource={evaluation.data.diff}
            data-testid="scenario-diff"
            columns={[
              { title: t('planner.type'), dataIndex: 'type', render: (c: string) => `${c} ${typeName(c)}` },
              { title: t('planner.scenario.before'), dataIndex: 'before', align: 'right', render: percent },
              { title: t('planner.scenario.after'), dataIndex: 'after', align: 'right', render: percent },
              {
                title: t('planner.scenario.change'),
                key: 'change',
                align: 'right',
                render: (_: unknown, d: DiffRow) => {
                  const delta = Math.round((d.after - d.before) * 100);
                  return <Tag color={delta > 0 ? 'success' : delta < 0 ? 'error' : 'default'}>{delta}</Tag>;
                },
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
