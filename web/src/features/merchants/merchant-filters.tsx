import { Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBusinessTypes } from '../../api/queries';
import { useCategoryLabel } from './use-category-label';

export interface MerchantFilterValue {
  q: string;
  category: string;
  openNow: boolean;
}

export const EMPTY_FILTER: MerchantFilterValue = { q: '', category: '', openNow: false };

interface Props {
  value: MerchantFilterValue;
  onChange: (value: MerchantFilterValue) => void;
}

/** Search box (Chinese, full pinyin or initials — matched by the server), category and open-now. */
export function MerchantFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const types = useBusinessTypes();
  const label = useCategoryLabel();
  const options = [
    { value: '', label: t('merchant.allCategories') },
    ...(types.data ?? []).map((bt) => ({ value: bt.code, label: `${label(bt.code)}` })),
  ];
  return (
    <div className="q-toolbar">
      <Input.Search
        allowClear
        enterButton={t('merchant.searchButton')}
        placeholder={t('merchant.search')}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() })}
        aria-label={t('merchant.search')}
        data-testid="merchant-search"
        style={{ flex: '1 1 260px', minWidth: 0 }}
      />
      <Select
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        options={options}
        aria-label={t('merchant.category')}
        data-testid="category-filter"
        style={{ flex: '0 1 180px', minWidth: 120 }}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <label className="q-switch-label">
        <Switch
          checked={value.openNow}
          onChange={(openNow) => onChange({ ...value, openNow })}
          data-testid="open-now"
        />
        <span>{t('merchant.openNowOnly')}</span>
      </label>
    </div>
  );
}
