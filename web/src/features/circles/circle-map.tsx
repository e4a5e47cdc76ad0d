import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCircleMap } from '../../api/queries';
import type { Merchant } from '../../api/types';
import { MapView } from '../../map/map-view';

interface Props {
  circleId: string | undefined;
  merchants?: readonly Merchant[];
  height?: number | string;
  onMerchantClick?: (id: string) => void;
}

/** A circle's streets and buildings from the server, with the given merchants on top. */
export function CircleMap({ circleId, merchants, height, onMerchantClick }: Props) {
  const { t } = useTranslation();
  const layers = useCircleMap(circleId);
  return (
    <>
      {layers.isError && <Alert type="warning" showIcon title={t('map.noData')} style={{ marginBottom: 8 }} />}
      <MapView layers={layers.data} merchants={merchants} height={height} onMerchantClick={onMerchantClick} />
    </>
  );
}
