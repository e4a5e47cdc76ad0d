export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthenticated';

export const RESIDENCES_ERRORS = {
  Q_RESIDENCES_NOT_FOUND: { kind: 'not_found', title: 'Residence not found' },
  Q_RESIDENCES_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this circle' },
  Q_RESIDENCES_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_RESIDENCES_CIRCLE_REQUIRED: { kind: 'invalid', title: 'circleId is required' },
  Q_RESIDENCES_INVALID: { kind: 'invalid', title: 'Residence data is not valid' },
  Q_RESIDENCES_INVALID_COORDINATES: { kind: 'invalid', title: 'Coordinates are outside China' },
} as const satisfies Record<string, { kind: ErrorKind; title: string }>;

export type ResidencesErrorCode = keyof typeof RESIDENCES_ERRORS;

export class ResidencesError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: ResidencesErrorCode,
    detail?: string,
  ) {
    super(detail ?? RESIDENCES_ERRORS[code].title);
    this.name = 'ResidencesError';
    this.kind = RESIDENCES_ERRORS[code].kind;
    this.title = RESIDENCES_ERRORS[code].title;
  }
}
