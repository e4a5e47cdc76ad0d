// Evaluation error codes (Q_EVALUATION_*), each with a kind the server maps to an HTTP status.
const KINDS = {
  Q_EVALUATION_CIRCLE_NOT_FOUND: 'not_found',
  Q_EVALUATION_FORBIDDEN: 'forbidden',
  Q_EVALUATION_INVALID: 'invalid',
  Q_EVALUATION_NO_GRAPH: 'conflict',
  Q_EVALUATION_SCENARIO_NOT_FOUND: 'not_found',
} as const;

/** Coded error (Q_EVALUATION_*) with a kind the server maps to an HTTP status. */
export class EvaluationError extends Error {
  readonly kind: (typeof KINDS)[keyof typeof KINDS];
  constructor(
    readonly code: keyof typeof KINDS,
    message: string,
  ) {
    super(message);
    this.name = 'EvaluationError';
    this.kind = KINDS[code];
  }
}
