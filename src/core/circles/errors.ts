export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthenticated';

export const CIRCLES_ERRORS = {
  Q_CIRCLES_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_CIRCLES_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this circle' },
  Q_CIRCLES_NO_GRAPH: { kind: 'not_found', title: 'No street graph has been built for this circle' },
} as const satisfies Record<string, { kind: ErrorKind; title: string }>;

export type CirclesErrorCode = keyof typeof CIRCLES_ERRORS;

export class CirclesError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: CirclesErrorCode,
    detail?: string,
  ) {
    super(detail ?? CIRCLES_ERRORS[code].title);
    this.name = 'CirclesError';
    this.kind = CIRCLES_ERRORS[code].kind;
    this.title = CIRCLES_ERRORS[code].title;
  }
}
