// Merchants: the directory is public to every signed-in user in every circle; full contact details and
// unpublished merchants are for the merchant itself and those who run or supervise its circle.
import { definePolicy } from '../kernel';

export const MERCHANTS_POLICY = definePolicy({
  module: 'merchants',
  actions: {
    'merchants.list': 'search the directory of a circle',
    'merchants.read': 'see an active merchant’s page',
    'merchants.read_private': 'see full address and phone, and pending or suspended merchants',
    'merchants.create': 'add a merchant to a circle',
    'merchants.update': 'edit a merchant’s details, hours and categories',
    'merchants.set_status': 'approve, suspend or close a merchant',
  },
  grants: {
    resident: { 'merchants.list': 'any', 'merchants.read': 'any' },
    merchant_staff: {
      'merchants.list': 'any',
      'merchants.read': 'any',
      'merchants.read_private': 'merchant',
      'merchants.update': 'merchant',
    },
    operator_staff: {
      'merchants.list': 'any',
      'merchants.read': 'any',
      'merchants.read_private': 'circle',
      'merchants.create': 'circle',
      'merchants.update': 'circle',
      'merchants.set_status': 'circle',
    },
    inspector: { 'merchants.list': 'any', 'merchants.read': 'any', 'merchants.read_private': 'circle' },
    officer: { 'merchants.list': 'any', 'merchants.read': 'any', 'merchants.read_private': 'district' },
  },
});
