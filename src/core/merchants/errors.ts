export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthenticated';

export const MERCHANTS_ERRORS = {
  Q_MERCHANTS_NOT_FOUND: { kind: 'not_found', title: 'Merchant not found' },
  Q_MERCHANTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this merchant' },
  Q_MERCHANTS_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_MERCHANTS_INVALID_HOURS: { kind: 'invalid', title: 'Opening hours are not valid OSM opening_hours syntax' },
  Q_MERCHANTS_UNKNOWN_CATEGORY: { kind: 'invalid', title: 'Unknown business-type code' },
  Q_MERCHANTS_INVALID_PHONE: { kind: 'invalid', title: 'Phone number is not valid' },
  Q_MERCHANTS_INVALID_COORDINATES: { kind: 'invalid', title: 'Coordinates are outside China' },
  Q_MERCHANTS_INVALID: { kind: 'invalid', title: 'Merchant data is not valid' },
} as const satisfies Record<string, { kind: ErrorKind; title: string }>;

export type MerchantsErrorCode = keyof typeof MERCHANTS_ERRORS;

export class MerchantsError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: MerchantsErrorCode,
    detail?: string,
  ) {
    super(detail ?? MERCHANTS_ERRORS[code].title);
    this.name = 'MerchantsError';
    this.kind = MERCHANTS_ERRORS[code].kind;
    this.title = MERCHANTS_ERRORS[code].title;
  }
}
