export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthenticated';

export const IMPORTS_ERRORS = {
  Q_IMPORTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed to import into this circle' },
  Q_IMPORTS_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_IMPORTS_UNSUPPORTED_FILE: { kind: 'invalid', title: 'Only .csv and .xlsx files can be imported' },
  Q_IMPORTS_UNREADABLE_FILE: { kind: 'invalid', title: 'The file could not be read' },
  Q_IMPORTS_MISSING_COLUMNS: { kind: 'invalid', title: 'Required columns are missing' },
  Q_IMPORTS_EMPTY: { kind: 'invalid', title: 'The file has no data rows' },
  Q_IMPORTS_TOO_MANY_ROWS: { kind: 'invalid', title: 'Too many rows in one file' },
  Q_IMPORTS_BAD_OSM: { kind: 'invalid', title: 'The OSM file could not be read' },
} as const satisfies Record<string, { kind: ErrorKind; title: string }>;

export type ImportsErrorCode = keyof typeof IMPORTS_ERRORS;

export class ImportsError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: ImportsErrorCode,
    detail?: string,
  ) {
    super(detail ?? IMPORTS_ERRORS[code].title);
    this.name = 'ImportsError';
    this.kind = IMPORTS_ERRORS[code].kind;
    this.title = IMPORTS_ERRORS[code].title;
  }
}
