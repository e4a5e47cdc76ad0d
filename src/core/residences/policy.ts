// Residences (compounds and their gates, population): kept by the circle's operator; read by its
// inspectors and the supervising street office.
import { definePolicy } from '../kernel';

export const RESIDENCES_POLICY = definePolicy({
  module: 'residences',
  actions: {
    'residences.list': 'list the residences of a circle with households and population',
    'residences.create': 'add a residence',
    'residences.update': 'edit a residence, its gates or its population',
  },
  grants: {
    operator_staff: { 'residences.list': 'circle', 'residences.create': 'circle', 'residences.update': 'circle' },
    inspector: { 'residences.list': 'circle' },
    officer: { 'residences.list': 'district' },
  },
});
