// Error codes of the jobs module (Q_JOBS_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const JOBS_ERRORS = {
  Q_JOBS_NOT_FOUND: { kind: 'not_found', title: 'Job not found' },
  Q_JOBS_BAD_TRANSITION: { kind: 'conflict', title: 'Job status cannot change that way' },
} as const satisfies ErrorCatalogue;

export type JobsErrorCode = keyof typeof JOBS_ERRORS;

export const JobsError = defineErrors('JobsError', JOBS_ERRORS);
export type JobsError = InstanceType<typeof JobsError>;
