import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { CircleMap, Merchant } from '../api/types';
import { MapLibreMap, type GeoJSONSource } from './maplibre';
import { buildStyle, SOURCE } from './map-style';
import { boundsOf, merchantsToGeoJSON } from './geojson';
import { mapSettings } from './settings';
import { MapLegend } from './map-legend';
import './map-view.css';

export interface MapViewProps {
  /** Streets and buildings of a circle, from GET /circles/:id/map. */
  layers?: CircleMap;
  merchants?: readonly Merchant[];
  height?: number | string;
  onMerchantClick?: (merchantId: string) => void;
  /** A click anywhere on the map (after merchant clicks), in WGS-84. */
  onMapClick?: (lon: number, lat: number) => void;
  /** The map once its style has loaded (to add overlay layers), and null when it goes away. */
  onMapReady?: (map: MapLibreMap | null) => void;
  /** Extra overlays drawn over the map (legends, notes). */
  children?: ReactNode;
}

type Status = 'loading' | 'ready';

/** The API types features loosely; they are GeoJSON by contract. */
function asCollection(fc: CircleMap['streets'] | undefined): FeatureCollection {
  return (fc ?? { type: 'FeatureCollection', features: [] }) as unknown as FeatureCollection;
}

/** MapLibre GL map drawing our own streets, buildings and merchants. */
export function MapView({
  layers,
  merchants,
  height = 360,
  onMerchantClick,
  onMapClick,
  onMapReady,
  children,
}: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [styleLoaded, setStyleLoaded] = useState(false);
  const [status, setStatus] = useState<Status>('loading');
  const clickRef = useRef(onMerchantClick);
  clickRef.current = onMerchantClick;
  const mapClickRef = useRef(onMapClick);
  mapClickRef.current = onMapClick;
  const readyRef = useRef(onMapReady);
  readyRef.current = onMapReady;
  const fittedLayers = useRef<CircleMap | undefined | null>(null);
  const attribution = t('map.attribution');

  useEffect(() => {
    if (!container.current) return undefined;
    const map = new MapLibreMap({
      container: container.current,
      style: buildStyle(mapSettings(), attribution),
      center: [116.4, 39.9],
      zoom: 14,
      attributionControl: { compact: false },
      dragRotate: false,
      pitchWithRotate: false,
    });
    mapRef.current = map;
    map.on('load', () => {
      setStyleLoaded(true);
      readyRef.current?.(map);
    });
    map.on('click', (e) => mapClickRef.current?.(e.lngLat.lng, e.lngLat.lat));
    map.on('click', 'merchants-circle', (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') clickRef.current?.(id);
    });
    map.on('mouseenter', 'merchants-circle', () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', 'merchants-circle', () => (map.getCanvas().style.cursor = ''));
    return () => {
      mapRef.current = null;
      fittedLayers.current = null;
      setStyleLoaded(false);
      readyRef.current?.(null);
      map.remove();
    };
  }, [attribution]);

  const merchantData = useMemo(() => merchantsToGeoJSON(merchants ?? []), [merchants]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleLoaded) return;
    const setData = (id: string, data: FeatureCollection) =>
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
    setData(SOURCE.streets, asCollection(layers?.streets));
    setData(SOURCE.buildings, asCollection(layers?.buildings));
    setData(SOURCE.merchants, merchantData);
    // Fit once per circle: filtering merchants must not move the view the user has chosen.
    const bounds = boundsOf([layers?.streets, layers?.buildings, merchantData]);
    if (bounds && (fittedLayers.current !== layers || !layers)) {
      map.fitBounds(bounds, { padding: 24, animate: false, maxZoom: 17 });
      fittedLayers.current = layers;
    }
    setStatus('loading');
    map.once('idle', () => setStatus('ready'));
  }, [layers, merchantData, styleLoaded]);

  return (
    <div className="q-map" style={{ height }}>
      <div
        ref={container}
        className="q-map-canvas"
        data-testid="map"
        data-map-status={status}
        role="region"
        aria-label={t('map.label')}
      />
      <MapLegend merchants={merchants} />
      {children}
    </div>
  );
}
