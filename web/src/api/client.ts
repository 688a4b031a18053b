import { ApiError, toApiError } from './ApiError';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

type ClientState = {
  language: string;
  csrfToken: string | null;
  onUnauthenticated: (() => void) | null;
};

// Module state set by the i18n and auth providers, so that every call carries the UI language
// and, for writes, the session's CSRF token.
const state: ClientState = { language: 'zh-CN', csrfToken: null, onUnauthenticated: null };

export function setApiLanguage(language: string): void {
  state.language = language;
}

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Called when a signed-in call answers 401 (session expired or revoked). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  state.onUnauthenticated = handler;
}

/** `/api/x` plus a query string of the non-empty values, in a stable order. */
export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export type RequestOptions = {
  query?: Query;
  /** JSON body; serialised with `Content-Type: application/json`. */
  json?: unknown;
  /** Raw body (e.g. an uploaded file) sent with `contentType`. */
  raw?: BodyInit;
  contentType?: string;
  signal?: AbortSignal;
  /** Do not report a 401 as an expired session (login, me). */
  isAuthProbe?: boolean;
};

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': state.language,
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/octet-stream';
    body = options.raw;
  }
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) {
    headers['X-CSRF-Token'] = state.csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network_error', message: '' });
  }

  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  const payload: unknown = isJson ? await response.json().catch(() => undefined) : undefined;
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (
      response.status === 401 &&
      !options.isAuthProbe &&
      (error.code === 'unauthenticated' || error.code === 'session_expired')
    ) {
      state.onUnauthenticated?.();
    }
    throw error;
  }
  if (!isJson) throw new ApiError({ status: response.status, code: 'unexpected_response', message: '' });
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, json?: unknown, options: Omit<RequestOptions, 'json'> = {}) =>
    apiRequest<T>('POST', path, { ...options, json: json ?? {} }),
  patch: <T>(path: string, json: unknown) => apiRequest<T>('PATCH', path, { json }),
};
