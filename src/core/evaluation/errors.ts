// Error codes of the evaluation module (Q_EVALUATION_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const EVALUATION_ERRORS = {
  Q_EVALUATION_CIRCLE_NOT_FOUND: { kind: 'not_found', title: 'Circle not found' },
  Q_EVALUATION_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed to evaluate or plan this circle' },
  Q_EVALUATION_INVALID: { kind: 'invalid', title: 'Evaluation request is not valid' },
  Q_EVALUATION_NO_GRAPH: { kind: 'conflict', title: 'The circle has no street network yet' },
  Q_EVALUATION_SCENARIO_NOT_FOUND: { kind: 'not_found', title: 'Scenario not found' },
} as const satisfies ErrorCatalogue;

export type EvaluationErrorCode = keyof typeof EVALUATION_ERRORS;

export const EvaluationError = defineErrors('EvaluationError', EVALUATION_ERRORS);
export type EvaluationError = InstanceType<typeof EvaluationError>;
