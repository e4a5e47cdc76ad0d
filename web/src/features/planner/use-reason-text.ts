import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../api/types';
import { useCategoryLabel } from '../merchants/use-category-label';

/** A 0..1 share as a whole percentage. */
export function percent(share: number | undefined): string {
  return `${Math.round((share ?? 0) * 100)}%`;
}

/** Words a scorecard reason (code + figures) in the current language. */
export function useReasonText() {
  const { t } = useTranslation();
  const typeName = useCategoryLabel();
  return useCallback(
    (r: Reason): string => {
      const names = (codes: string[] | undefined) =>
        (codes ?? []).map((alts) => alts.split('/').map(typeName).join(t('planner.or'))).join(t('planner.and'));
      return t(`planner.reason.${r.code}`, {
        type: r.type ? typeName(r.type) : '',
        minutes: r.minutes,
        share: percent(r.share),
        target: percent(r.target),
        group: r.group ? t(`planner.group.${r.group}`) : '',
        missing: names(r.missing),
        kind: r.kind ? t(`planner.kind.${r.kind}`) : '',
        count: r.count,
        required: r.required,
        defaultValue: r.code,
      });
    },
    [t, typeName],
  );
}
