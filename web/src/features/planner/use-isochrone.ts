import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { LngLat } from 'maplibre-gl';
import type { MapLibreMap } from '../../map/maplibre';
import { fetchIsochrone } from '../../api/evaluation-queries';
import { addPlannerLayers, PLANNER_SOURCE, setPlannerData, tagBands } from './planner-layers';

export interface IsochroneState {
  point?: { lon: number; lat: number };
  /** Click to bands drawn, in milliseconds. */
  ms?: number;
  error?: boolean;
}

/**
 * Draws 5/10/15-minute bands around a clicked point. The time from the click until the map has
 * rendered the bands is kept and also written to the map container as data-isochrone-ms.
 */
export function useIsochrone(map: MapLibreMap | null, circleId: string | undefined) {
  const [state, setPageState] = useState<IsochroneState>({});
  // The note under the map is not urgent: let React yield to the fetch and the map's frames.
  const setState = useCallback((next: IsochroneState) => startTransition(() => setPageState(next)), []);
  const latest = useRef(0);
  // Until the first click, draw real bands around the view's centre, invisibly: that warms the
  // server's search, the GeoJSON worker and the band layers' shaders, so the first click is fast.
  useEffect(() => {
    if (!map || !circleId) return undefined;
    let alive = true;
    let warmAt: LngLat | undefined;
    const onIdle = () => {
      if (latest.current > 0) return void map.off('idle', onIdle);
      if (warmAt && map.getBounds().contains(warmAt)) return;
      const at = map.getCenter();
      warmAt = at;
      fetchIsochrone(circleId, at.lng, at.lat).then(
        (fc) => {
          if (!alive || latest.current > 0) return;
          addPlannerLayers(map);
          setPlannerData(map, PLANNER_SOURCE.isochrone, tagBands(fc, { warm: 1 }));
        },
        () => undefined,
      );
    };
    map.on('idle', onIdle);
    return () => {
      alive = false;
      map.off('idle', onIdle);
    };
  }, [map, circleId]);
  const onClick = useCallback(
    (lon: number, lat: number) => {
      if (!map || !circleId) return;
      const started = performance.now();
      const request = ++latest.current;
      const container = map.getContainer();
      container.dataset.isochroneStatus = 'loading';
      setState({ point: { lon, lat } });
      fetchIsochrone(circleId, lon, lat).then(
        (fc) => {
          if (request !== latest.current) return;
          container.dataset.isochroneFetchMs = String(Math.round(performance.now() - started));
          addPlannerLayers(map);
          // Tag the bands with the request so a frame still showing the previous bands does not count.
          setPlannerData(map, PLANNER_SOURCE.isochrone, tagBands(fc, { request }));
          // Drawn = the first frame rendered once the source holds this request's bands.
          const onRender = () => {
            if (request !== latest.current) return map.off('render', onRender);
            const shown = map
              .querySourceFeatures(PLANNER_SOURCE.isochrone)
              .some((f) => f.properties?.request === request);
            if (fc.features.length > 0 && !shown) return;
            map.off('render', onRender);
            const ms = Math.round(performance.now() - started);
            container.dataset.isochroneMs = String(ms);
            container.dataset.isochroneStatus = 'drawn';
            container.dataset.isochroneBands = String(fc.features.length);
            container.dataset.isochroneCentre = `${lon.toFixed(5)},${lat.toFixed(5)}`;
            setState({ point: { lon, lat }, ms });
          };
          map.on('render', onRender);
          map.triggerRepaint();
        },
        () => {
          if (request !== latest.current) return;
          container.dataset.isochroneStatus = 'error';
          setState({ point: { lon, lat }, error: true });
        },
      );
    },
    [map, circleId, setState],
  );
  return { isochrone: state, onMapClick: onClick };
}
