// Evaluation: the circle's operator reads and plans it; the street office reads the circles it
// supervises (planning stays with the operator). Food-safety inspectors do not see it.
import { definePolicy } from '../kernel';

export const EVALUATION_POLICY = definePolicy({
  module: 'evaluation',
  actions: {
    'evaluation.read': 'coverage, scorecards, isochrones, snapshots and scenarios of a circle',
    'evaluation.plan': 'recommendations and what-if scenarios (never changes live data)',
  },
  grants: {
    operator_staff: { 'evaluation.read': 'circle', 'evaluation.plan': 'circle' },
    officer: { 'evaluation.read': 'district' },
  },
});
