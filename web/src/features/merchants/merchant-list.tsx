import { useEffect, useRef } from 'react';
import { List } from 'antd-mobile';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Merchant } from '../../api/types';
import { categoryColor } from '../../map/category-colors';
import { OpenStatus } from './open-status';
import { useCategoryLabel } from './use-category-label';

interface Props {
  merchants: readonly Merchant[];
  selectedId?: string;
  onSelect?: (id: string) => void;
}

/** Phone-friendly merchant list (antd-mobile), also used on wide screens. */
export function MerchantList({ merchants, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const label = useCategoryLabel();
  const listRef = useRef<HTMLDivElement>(null);
  // A merchant picked on the map scrolls into view in the list.
  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-merchant-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);
  if (merchants.length === 0) return <div className="q-empty">{t('merchant.noResults')}</div>;
  return (
    <div ref={listRef}>
      <List className="q-merchant-list" data-testid="merchant-list">
        {merchants.map((m) => (
          <List.Item
            key={m.id}
            data-testid="merchant-item"
            data-merchant-id={m.id}
            className={m.id === selectedId ? 'q-merchant-selected' : undefined}
            onClick={onSelect ? () => onSelect(m.id) : undefined}
            arrowIcon={false}
            description={
              <span className="q-merchant-meta">
                {m.address && <span>{m.address}</span>}
                {m.openingHours && (
                  <span>
                    {t('merchant.hours')}: {m.openingHours}
                  </span>
                )}
              </span>
            }
            extra={<OpenStatus merchant={m} />}
          >
            <span className="q-merchant-name">{m.name}</span>
            {m.categories.slice(0, 2).map((c) => (
              <Tag key={c} color={categoryColor(c)} className="q-merchant-tag">
                {label(c)}
              </Tag>
            ))}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
