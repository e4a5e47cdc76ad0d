// Errors as application/problem+json (RFC 9457) with a stable code Q_<MODULE>_<REASON>.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

const KIND_STATUS: Record<string, number> = {
  not_found: 404,
  invalid: 400,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
};

/** Any core module error: a Q_ code and a kind (structural, so core modules stay independent). */
interface CodedError {
  code: string;
  kind: string;
  title?: string;
  message: string;
}

function isCoded(err: unknown): err is CodedError {
  const e = err as Partial<CodedError> | null;
  return Boolean(
    e && typeof e.code === 'string' && e.code.startsWith('Q_') && typeof e.kind === 'string' && e.kind in KIND_STATUS,
  );
}

export function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return { type: `https://quarter.example/problems/${code.toLowerCase()}`, title, status, detail, code, ...extra };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.status(p.status).type('application/problem+json').send(p);
}

export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.problem);
    if (isCoded(err)) {
      const status = KIND_STATUS[err.kind];
      return sendProblem(reply, problem(status, err.code, err.title ?? err.code, err.message));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        path: `${err.validationContext ?? 'body'}${v.instancePath || ''}`,
        message: v.message ?? 'invalid',
      }));
      const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return sendProblem(reply, problem(400, 'Q_HTTP_VALIDATION', 'Request is not valid', detail, { errors }));
    }
    if (err.statusCode === 429) {
      return sendProblem(reply, problem(429, 'Q_HTTP_RATE_LIMITED', 'Too many requests', err.message));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return sendProblem(reply, problem(500, 'Q_HTTP_INTERNAL', 'Internal error', 'response did not match its schema'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code =
        err.statusCode === 415
          ? 'Q_HTTP_UNSUPPORTED_MEDIA'
          : err.statusCode === 413
            ? 'Q_HTTP_TOO_LARGE'
            : 'Q_HTTP_BAD_REQUEST';
      return sendProblem(reply, problem(err.statusCode, code, 'Bad request', err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(
      reply,
      problem(500, 'Q_HTTP_INTERNAL', 'Internal error', 'unexpected error; see the server log'),
    );
  });
}
