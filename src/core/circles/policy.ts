// Circles: their outline and map are public to every signed-in user (the directory of any circle is);
// the street office (officers) creates circles in its district or city, operators edit their own.
import { definePolicy } from '../kernel';

export const CIRCLES_POLICY = definePolicy({
  module: 'circles',
  actions: {
    'circles.read': 'see a circle, its boundary and its street map',
    'circles.create': 'create a circle (name, boundary, district, time zone)',
    'circles.update': 'edit a circle’s name, boundary, street office or status',
  },
  grants: {
    resident: { 'circles.read': 'any' },
    merchant_staff: { 'circles.read': 'any' },
    operator_staff: { 'circles.read': 'any', 'circles.update': 'circle' },
    inspector: { 'circles.read': 'any' },
    officer: { 'circles.read': 'any', 'circles.create': 'district', 'circles.update': 'district' },
  },
});
