import { useState } from 'react';
import { Pagination, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMerchants } from '../../api/queries';
import { ErrorState } from '../../app/error-state';
import { PageSpinner } from '../../app/page-spinner';
import { EMPTY_FILTER, MerchantFilters, type MerchantFilterValue } from './merchant-filters';
import { MerchantList } from './merchant-list';
import './merchants.css';

const PAGE_SIZE = 20;

/** Merchant directory: search (Chinese, pinyin, initials), category filter, open now. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<MerchantFilterValue>(EMPTY_FILTER);
  const [page, setPage] = useState(1);
  const merchants = useMerchants({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const change = (value: MerchantFilterValue) => {
    setFilter(value);
    setPage(1);
  };
  return (
    <section>
      <h1 className="q-page-title">{t('merchant.directory')}</h1>
      <MerchantFilters value={filter} onChange={change} />
      {merchants.isPending && <PageSpinner />}
      {merchants.isError && <ErrorState onRetry={() => void merchants.refetch()} />}
      {merchants.data && (
        <>
          <Typography.Text type="secondary" data-testid="merchant-total">
            {t('merchant.total', { count: merchants.data.total })}
          </Typography.Text>
          <MerchantList merchants={merchants.data.items} />
          {merchants.data.total > PAGE_SIZE && (
            <div className="q-pager">
              <Pagination simple current={page} pageSize={PAGE_SIZE} total={merchants.data.total} onChange={setPage} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
