// Error codes of the imports module (Q_IMPORTS_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const IMPORTS_ERRORS = {
  Q_IMPORTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed to import into this circle' },
  Q_IMPORTS_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_IMPORTS_UNSUPPORTED_FILE: { kind: 'invalid', title: 'Only .csv and .xlsx files can be imported' },
  Q_IMPORTS_UNREADABLE_FILE: { kind: 'invalid', title: 'The file could not be read' },
  Q_IMPORTS_MISSING_COLUMNS: { kind: 'invalid', title: 'Required columns are missing' },
  Q_IMPORTS_EMPTY: { kind: 'invalid', title: 'The file has no data rows' },
  Q_IMPORTS_TOO_MANY_ROWS: { kind: 'invalid', title: 'Too many rows in one file' },
  Q_IMPORTS_BAD_OSM: { kind: 'invalid', title: 'The OSM file could not be read' },
} as const satisfies ErrorCatalogue;

export type ImportsErrorCode = keyof typeof IMPORTS_ERRORS;

export const ImportsError = defineErrors('ImportsError', IMPORTS_ERRORS);
export type ImportsError = InstanceType<typeof ImportsError>;
