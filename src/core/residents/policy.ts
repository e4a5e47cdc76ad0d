// Residents keep their own profile; the circle's operator registers older and disabled residents
// (the flags policies rely on) and reads the register; the street office reads its circles' registers.
import { definePolicy } from '../kernel';

export const RESIDENTS_POLICY = definePolicy({
  module: 'residents',
  actions: {
    'residents.read_own': 'see one’s own profile',
    'residents.update_own': 'set one’s home compound, address, birth date and consent',
    'residents.homes': 'list the compounds of a circle to choose a home from',
    'residents.list': 'the register of residents of a circle (addresses masked)',
    'residents.verify': 'register a resident as older or disabled',
  },
  grants: {
    resident: { 'residents.read_own': 'owner', 'residents.update_own': 'owner', 'residents.homes': 'any' },
    merchant_staff: { 'residents.read_own': 'owner', 'residents.update_own': 'owner', 'residents.homes': 'any' },
    operator_staff: {
      'residents.read_own': 'owner',
      'residents.update_own': 'owner',
      'residents.homes': 'any',
      'residents.list': 'circle',
      'residents.verify': 'circle',
    },
    inspector: { 'residents.homes': 'any' },
    officer: { 'residents.homes': 'any', 'residents.list': 'district' },
  },
});
