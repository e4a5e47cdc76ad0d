import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMerchants } from '../../api/queries';
import { CircleMap } from '../circles/circle-map';
import { CirclePicker } from '../circles/circle-picker';
import { useActiveCircle } from '../circles/use-active-circle';
import { EMPTY_FILTER, MerchantFilters, type MerchantFilterValue } from '../merchants/merchant-filters';
import { MerchantList } from '../merchants/merchant-list';
import { PageSpinner } from '../../app/page-spinner';
import '../merchants/merchants.css';

const LIST_PAGE = 20;

/** Map-first home for residents: the circle map, then nearby merchants with search. */
export default function ResidentHome() {
  const { t } = useTranslation();
  const { circleId, setCircleId, circles } = useActiveCircle();
  const [filter, setFilter] = useState<MerchantFilterValue>(EMPTY_FILTER);
  const [selected, setSelected] = useState<string | undefined>();
  const [shown, setShown] = useState(LIST_PAGE);
  // The map shows every match in the circle; the list grows a page at a time.
  const merchants = useMerchants({ circleId, ...filter, limit: 500 }, Boolean(circleId) || circles.isFetched);
  const items = merchants.data?.items ?? [];
  const selectedIndex = selected ? items.findIndex((m) => m.id === selected) : -1;
  const visible = items.slice(0, Math.max(shown, selectedIndex + 1));
  const changeFilter = (value: MerchantFilterValue) => {
    setFilter(value);
    setShown(LIST_PAGE);
  };
  return (
    <section>
      <Space className="q-toolbar" wrap>
        <h1 className="q-page-title" style={{ margin: 0 }}>
          {t('home.resident.title')}
        </h1>
        <CirclePicker circles={circles.data ?? []} value={circleId} onChange={setCircleId} />
      </Space>
      <CircleMap circleId={circleId} merchants={items} height="min(52vh, 420px)" onMerchantClick={setSelected} />
      <div style={{ marginTop: 12 }}>
        <Space className="q-toolbar" style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text strong>{t('merchant.nearby')}</Typography.Text>
          <Link to="/directory">{t('home.resident.directoryLink')}</Link>
        </Space>
        <MerchantFilters value={filter} onChange={changeFilter} />
        {merchants.isPending ? (
          <PageSpinner />
        ) : (
          <MerchantList merchants={visible} selectedId={selected} onSelect={setSelected} />
        )}
        {visible.length < items.length && (
          <div className="q-pager">
            <Button onClick={() => setShown(visible.length + LIST_PAGE)} data-testid="show-more">
              {t('merchant.showMore', { count: items.length - visible.length })}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
