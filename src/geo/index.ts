// The walking engine's public surface. Pure TypeScript on typed arrays: no Node or DOM APIs.
export * from './graph';
export * from './graph-format';
export * from './features';
export * from './profile';
export * from './search';
export * from './snap';
export * from './isochrone';
export * from './route';
export * from './access';
export * from './edge-geometry';
export * from './geojson';
export { haversineM, metresPerDegree } from './distance';
export { crc32 } from './crc32';
export * from './isochrone-quality';
export * from './coverage';
export * from './siting';
