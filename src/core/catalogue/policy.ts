// The business-type catalogue is reference data every signed-in user reads.
import { definePolicy } from '../kernel';

export const CATALOGUE_POLICY = definePolicy({
  module: 'catalogue',
  actions: { 'catalogue.read': 'read business types, groups and micro-profit sub-types' },
  grants: {
    resident: { 'catalogue.read': 'any' },
    merchant_staff: { 'catalogue.read': 'any' },
    operator_staff: { 'catalogue.read': 'any' },
    inspector: { 'catalogue.read': 'any' },
    officer: { 'catalogue.read': 'any' },
  },
});
