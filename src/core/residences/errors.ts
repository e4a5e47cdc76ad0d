// Error codes of the residences module (Q_RESIDENCES_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const RESIDENCES_ERRORS = {
  Q_RESIDENCES_NOT_FOUND: { kind: 'not_found', title: 'Residence not found' },
  Q_RESIDENCES_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this circle' },
  Q_RESIDENCES_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_RESIDENCES_CIRCLE_REQUIRED: { kind: 'invalid', title: 'circleId is required' },
  Q_RESIDENCES_INVALID: { kind: 'invalid', title: 'Residence data is not valid' },
  Q_RESIDENCES_INVALID_COORDINATES: { kind: 'invalid', title: 'Coordinates are outside China' },
} as const satisfies ErrorCatalogue;

export type ResidencesErrorCode = keyof typeof RESIDENCES_ERRORS;

export const ResidencesError = defineErrors('ResidencesError', RESIDENCES_ERRORS);
export type ResidencesError = InstanceType<typeof ResidencesError>;
