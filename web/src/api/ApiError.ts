/** A problem reported by the Qiao API, in the shape `{"error":{code,message,fields,details}}`. */
export type FieldProblem = { path: string; message: string };

/** Codes the client itself produces when there is no server answer to read. */
export const CLIENT_ERROR_CODES = ['network_error', 'unexpected_response'] as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly details: unknown;

  constructor(options: { status: number; code: string; message: string; fields?: FieldProblem[]; details?: unknown }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.details = options.details;
  }

  /** True when the message came from the client (no translated server message to show). */
  get isClientSide(): boolean {
    return (CLIENT_ERROR_CODES as readonly string[]).includes(this.code);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the server's error body; anything unexpected becomes an `unexpected_response` error. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string') {
    const fields = Array.isArray(error.fields)
      ? error.fields.filter(isRecord).map((f) => ({ path: String(f.path ?? ''), message: String(f.message ?? '') }))
      : [];
    return new ApiError({
      status,
      code: error.code,
      message: typeof error.message === 'string' ? error.message : '',
      fields,
      details: error.details,
    });
  }
  return new ApiError({ status, code: 'unexpected_response', message: '' });
}
