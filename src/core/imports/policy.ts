// Imports write many records at once: only the circle's operator (and admins) run them.
import { definePolicy } from '../kernel';

export const IMPORTS_POLICY = definePolicy({
  module: 'imports',
  actions: { 'imports.run': 'import a file (CSV, XLSX, OSM, GeoJSON) into a circle' },
  grants: { operator_staff: { 'imports.run': 'circle' } },
});
