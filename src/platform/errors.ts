import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { isMessageKey, type Locale, type MessageKey, pickLocale, translate } from './i18n/messages';

export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  malformed_json: 400,
  import_failed: 422,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  totp_required: 401,
  totp_invalid: 401,
  account_disabled: 403,
  restricted_session: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  stale_version: 409,
  fair_registration_closed: 409,
  fair_booths_full: 409,
  fair_tickets_full: 409,
  fair_survey_answered: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 429,
  rate_limited: 429,
  internal: 500,
} as const satisfies Partial<Record<MessageKey, number>>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field problem: `message` is a catalogue key, translated when the response is rendered. */
export type FieldIssue = { path: string; message: MessageKey; params?: Record<string, unknown> };

/** The one error services throw; the handler turns it into `{"error":{code,message,fields}}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly fields: FieldIssue[];
  readonly details: unknown;

  constructor(
    code: ErrorCode,
    options: { params?: Record<string, unknown>; fields?: FieldIssue[]; details?: unknown } = {},
  ) {
    super(code);
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function fieldError(path: string, message: MessageKey, params?: Record<string, unknown>): AppError {
  return new AppError('validation_failed', { fields: [{ path, message, ...(params ? { params } : {}) }] });
}

export type ErrorBody = {
  error: { code: string; message: string; fields?: { path: string; message: string }[]; details?: unknown };
};

export function renderError(locale: Locale, error: AppError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: translate(locale, error.code, error.params) } };
  if (error.fields.length > 0) {
    body.error.fields = error.fields.map((f) => ({ path: f.path, message: translate(locale, f.message, f.params) }));
  }
  if (error.details !== undefined) body.error.details = error.details;
  return body;
}

export function requestLocale(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

/** The parts of a zod issue we read (zod's own issue type, or fastify-type-provider-zod's copy of it). */
export type ZodIssueLike = { code: string; path: PropertyKey[]; message: string } & Record<string, unknown>;

/** Maps a zod issue to a catalogue key, so that field messages follow the request's language. */
export function zodIssueToField(issue: ZodIssueLike, prefix = ''): FieldIssue {
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const p = issue;
  if (isMessageKey(issue.message)) {
    return { path, message: issue.message, params: (p.params as Record<string, unknown> | undefined) ?? {} };
  }
  switch (issue.code) {
    case 'invalid_type':
      return p.input === undefined
        ? { path, message: 'field.required' }
        : { path, message: 'field.invalid_type', params: { expected: p.expected } };
    case 'too_small':
      return p.origin === 'string'
        ? { path, message: Number(p.minimum) === 1 ? 'field.required' : 'field.too_short', params: p }
        : { path, message: 'field.too_small', params: p };
    case 'too_big':
      return { path, message: p.origin === 'string' ? 'field.too_long' : 'field.too_big', params: p };
    case 'invalid_value':
      return 'input' in p && p.input === undefined
        ? { path, message: 'field.required' }
        : { path, message: 'field.invalid_value', params: { options: (p.values as unknown[] | undefined)?.join(', ') } };
    case 'invalid_format':
      return { path, message: p.format === 'email' ? 'field.invalid_email' : 'field.invalid_format', params: p };
    case 'unrecognized_keys':
      return { path: [path, ...((p.keys as string[] | undefined) ?? [])].filter(Boolean).join('.'), message: 'field.unknown_key' };
    default:
      return { path, message: 'field.invalid' };
  }
}

const VALIDATION = Symbol('qiao.validation');
type ValidationError = Error & { [VALIDATION]: ZodIssueLike[] };

/**
 * Validates request parts with their zod schemas. Unlike the type provider's own compiler it keeps
 * each issue's input, which tells a missing field ("required") from a wrongly typed one.
 */
export function validatorCompiler({ schema }: { schema: unknown }) {
  return (data: unknown) => {
    const result = safeParse(schema as $ZodType, data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = new Error('validation failed') as ValidationError;
    error[VALIDATION] = result.error.issues as unknown as ZodIssueLike[];
    return { error };
  };
}

function validationIssues(error: unknown): ZodIssueLike[] | undefined {
  return typeof error === 'object' && error !== null && VALIDATION in error ? (error as ValidationError)[VALIDATION] : undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    sendError(request, reply, new AppError('route_not_found'));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    const issues = validationIssues(error);
    if (issues) {
      const context = error.validationContext === 'body' ? '' : (error.validationContext ?? '');
      const fields = issues.map((issue) => zodIssueToField(issue, context));
      return sendError(request, reply, new AppError('validation_failed', { fields }));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(request, reply, new AppError('malformed_json'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(request, reply, new AppError('payload_too_large'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(request, reply, new AppError('unsupported_media_type'));
      default:
        break;
    }
    if (error.statusCode === 429) return sendError(request, reply, new AppError('rate_limited'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, new AppError(error.statusCode === 404 ? 'not_found' : 'bad_request'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, new AppError('internal'));
  });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  return reply.status(error.status).type('application/json').send(renderError(requestLocale(request), error));
}
