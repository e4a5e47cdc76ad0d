export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthenticated';

export const JOBS_ERRORS = {
  Q_JOBS_NOT_FOUND: { kind: 'not_found', title: 'Job not found' },
  Q_JOBS_BAD_TRANSITION: { kind: 'conflict', title: 'Job status cannot change that way' },
} as const satisfies Record<string, { kind: ErrorKind; title: string }>;

export type JobsErrorCode = keyof typeof JOBS_ERRORS;

export class JobsError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: JobsErrorCode,
    detail?: string,
  ) {
    super(detail ?? JOBS_ERRORS[code].title);
    this.name = 'JobsError';
    this.kind = JOBS_ERRORS[code].kind;
    this.title = JOBS_ERRORS[code].title;
  }
}
