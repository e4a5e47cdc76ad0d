// Error codes of the merchants module (Q_MERCHANTS_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const MERCHANTS_ERRORS = {
  Q_MERCHANTS_NOT_FOUND: { kind: 'not_found', title: 'Merchant not found' },
  Q_MERCHANTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this merchant' },
  Q_MERCHANTS_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_MERCHANTS_INVALID_HOURS: { kind: 'invalid', title: 'Opening hours are not valid OSM opening_hours syntax' },
  Q_MERCHANTS_UNKNOWN_CATEGORY: { kind: 'invalid', title: 'Unknown business-type code' },
  Q_MERCHANTS_INVALID_PHONE: { kind: 'invalid', title: 'Phone number is not valid' },
  Q_MERCHANTS_INVALID_COORDINATES: { kind: 'invalid', title: 'Coordinates are outside China' },
  Q_MERCHANTS_INVALID: { kind: 'invalid', title: 'Merchant data is not valid' },
} as const satisfies ErrorCatalogue;

export type MerchantsErrorCode = keyof typeof MERCHANTS_ERRORS;

export const MerchantsError = defineErrors('MerchantsError', MERCHANTS_ERRORS);
export type MerchantsError = InstanceType<typeof MerchantsError>;
