import type { MapLibreMap } from '../../map/maplibre';

/**
 * A PNG data URL of what the map shows. WebGL clears its buffer after each frame unless
 * preserveDrawingBuffer is set, so read the canvas inside the next 'render' event instead.
 */
export function snapshotMap(map: MapLibreMap): Promise<string> {
  return new Promise((resolve) => {
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
}
