import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBusinessTypes } from '../../api/queries';
import { useCategoryLabel } from '../merchants/use-category-label';

interface Props {
  value: string | undefined;
  onChange: (code: string) => void;
}

/** Top-level business types of the catalogue (B01… basic, Q01… quality), searchable by name or code. */
export function TypePicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const types = useBusinessTypes();
  const label = useCategoryLabel();
  const codes = (types.data ?? []).map((bt) => bt.code).filter((code) => /^[BQ]\d\d$/.test(code));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      loading={types.isPending}
      placeholder={t('planner.pickType')}
      aria-label={t('planner.pickType')}
      options={codes.map((code) => ({ value: code, label: `${code} ${label(code)}` }))}
      style={{ minWidth: 220 }}
      data-testid="type-picker"
    />
  );
}
