// One domain-error factory for every module. A module declares its codes as data
// (Q_<MODULE>_<REASON> → kind and title) and gets an error class from defineErrors(); the server maps
// the kind to an HTTP status in one place (src/server/problems.ts).
export type ErrorKind =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  /** A dependency (database, broker) is down: retry later (HTTP 503). */
  | 'unavailable'
  /** Input exceeds a stated limit (HTTP 413). */
  | 'too_large';

export interface ErrorSpec {
  kind: ErrorKind;
  title: string;
}

export type ErrorCatalogue = Record<`Q_${string}`, ErrorSpec>;

/** Field-level problems a refusal may carry (path in the input, what is wrong). */
export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly title: string;
  constructor(
    readonly code: string,
    spec: ErrorSpec,
    detail?: string,
    readonly errors?: FieldProblem[],
  ) {
    super(detail ?? spec.title);
    this.kind = spec.kind;
    this.title = spec.title;
  }
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError;
}

export interface ModuleErrorClass<C extends ErrorCatalogue> {
  new (code: keyof C & string, detail?: string, errors?: FieldProblem[]): DomainError & { code: keyof C & string };
  readonly catalogue: C;
}

/**
 * Declares a module's errors: `export const OrdersError = defineErrors('OrdersError', ORDERS_ERRORS)`, then
 * `throw new OrdersError('Q_ORDERS_NOT_FOUND', 'order ord_1')`. `instanceof OrdersError` still works.
 */
export function defineErrors<const C extends ErrorCatalogue>(name: string, catalogue: C): ModuleErrorClass<C> {
  const cls = class extends DomainError {
    static readonly catalogue = catalogue;
    declare readonly code: keyof C & string;
    constructor(code: keyof C & string, detail?: string, errors?: FieldProblem[]) {
      const spec = catalogue[code] as ErrorSpec | undefined;
      if (!spec) throw new Error(`${name}: unknown error code ${code}`);
      super(code, spec, detail, errors);
      this.name = name;
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

/** The kernel's own errors (shared checks such as coordinates and calendars). */
export const KernelError = defineErrors('KernelError', {
  Q_KERNEL_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed' },
  Q_KERNEL_INVALID: { kind: 'invalid', title: 'Input is not valid' },
  Q_KERNEL_CALENDAR_RANGE: { kind: 'invalid', title: 'Date outside the holiday calendar' },
});
