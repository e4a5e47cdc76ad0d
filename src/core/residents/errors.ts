// Error codes of the residents module (Q_RESIDENTS_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const RESIDENTS_ERRORS = {
  Q_RESIDENTS_NOT_FOUND: { kind: 'not_found', title: 'Resident profile not found' },
  Q_RESIDENTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for this resident' },
  Q_RESIDENTS_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_RESIDENTS_HOME_NOT_IN_CIRCLE: { kind: 'invalid', title: 'The home compound is not in this circle' },
  Q_RESIDENTS_INVALID: { kind: 'invalid', title: 'Profile data is not valid' },
} as const satisfies ErrorCatalogue;

export const ResidentsError = defineErrors('ResidentsError', RESIDENTS_ERRORS);
export type ResidentsError = InstanceType<typeof ResidentsError>;
