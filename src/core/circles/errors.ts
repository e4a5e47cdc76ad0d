// Error codes of the circles module (Q_CIRCLES_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const CIRCLES_ERRORS = {
  Q_CIRCLES_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_CIRCLES_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this circle' },
  Q_CIRCLES_NO_GRAPH: { kind: 'not_found', title: 'No street graph has been built for this circle' },
} as const satisfies ErrorCatalogue;

export type CirclesErrorCode = keyof typeof CIRCLES_ERRORS;

export const CirclesError = defineErrors('CirclesError', CIRCLES_ERRORS);
export type CirclesError = InstanceType<typeof CirclesError>;
