import { useState } from 'react';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCircles, useMe } from '../../api/queries';
import { useDistrictScores } from '../../api/evaluation-queries';
import type { DistrictScore } from '../../api/types';
import { TierTag, tierRank } from '../planner/tier-tag';
import { CityMap } from './city-map';

/** Officer view: every circle of the district with its tier and counts, beside a map of the circles. */
export default function CityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const circles = useCircles();
  const [selected, setSelected] = useState<string>();
  const districtCode =
    me.data?.roles.find((r) => r.districtCode)?.districtCode ?? circles.data?.find((c) => c.districtCode)?.districtCode;
  const scores = useDistrictScores(districtCode);
  const rows = scores.data ?? [];
  return (
    <section data-testid="city-page">
      <h1 className="q-page-title">{t('city.title')}</h1>
      {!districtCode && !circles.isPending && <Alert type="info" showIcon title={t('city.noDistrict')} />}
      {scores.isError && <Alert type="error" showIcon title={t('app.error')} />}
      <div className="q-grid">
        <CityMap circles={circles.data ?? []} scores={rows} selected={selected} />
        <Table<DistrictScore>
          rowKey="id"
          size="small"
          loading={scores.isPending && Boolean(districtCode)}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 520 }}
          data-testid="district-scores"
          rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
          onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('circle.name'),
              dataIndex: 'name',
              sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
              render: (name: string, r) => <Link to={`/planner?circle=${encodeURIComponent(r.id)}`}>{name}</Link>,
            },
            {
              title: t('planner.population'),
              dataIndex: 'population',
              align: 'right',
              sorter: (a, b) => a.population - b.population,
            },
            {
              title: t('planner.tierLabel'),
              dataIndex: 'tier',
              sorter: (a, b) => tierRank(a.tier) - tierRank(b.tier),
              render: (tier: DistrictScore['tier']) => <TierTag tier={tier} />,
            },
            {
              title: t('planner.basicPassing'),
              dataIndex: 'basicPassing',
              align: 'right',
              sorter: (a, b) => a.basicPassing - b.basicPassing,
            },
            {
              title: t('planner.qualityPresent'),
              dataIndex: 'qualityPresent',
              align: 'right',
              sorter: (a, b) => a.qualityPresent - b.qualityPresent,
            },
            {
              title: t('city.groupsComplete'),
              dataIndex: 'groupsComplete',
              align: 'right',
              sorter: (a, b) => a.groupsComplete - b.groupsComplete,
            },
          ]}
        />
      </div>
    </section>
  );
}
