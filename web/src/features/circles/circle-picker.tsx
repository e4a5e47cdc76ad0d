import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Circle } from '../../api/types';

interface Props {
  circles: readonly Circle[];
  value: string | undefined;
  onChange: (id: string) => void;
}

export function CirclePicker({ circles, value, onChange }: Props) {
  const { t } = useTranslation();
  if (circles.length <= 1) return null;
  return (
    <Select
      value={value}
      onChange={onChange}
      placeholder={t('circle.select')}
      aria-label={t('circle.select')}
      options={circles.map((c) => ({ value: c.id, label: c.name }))}
      style={{ minWidth: 200 }}
      data-testid="circle-picker"
    />
  );
}
