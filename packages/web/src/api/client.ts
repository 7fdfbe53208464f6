/** A refused API call: the server's stable code, its message (in the UI's language) and the field path. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path: string | undefined,
    readonly body: unknown,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; path?: string };
}

let csrfToken: string | undefined;
let language = 'en';

/** Remembers the session's CSRF token (from sign-in, sign-up or the session call) for every write. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The headers every write carries: the UI language and the session's CSRF token. */
export function writeHeaders(): Record<string, string> {
  return { 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
}

/** Server messages follow Accept-Language; the UI language decides it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiAnswer<T> {
  status: number;
  data: T;
  etag: string | null;
}

/** Calls the Tropa API with the session cookie; throws `ApiFailure` for any answer outside 2xx. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<ApiAnswer<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { 'accept-language': language, ...options.headers };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (data as ErrorBody | undefined)?.error;
    throw new ApiFailure(
      response.status,
      error?.code ?? 'http',
      error?.message ?? response.statusText,
      error?.path,
      data,
    );
  }
  return { status: response.status, data: data as T, etag: response.headers.get('etag') };
}
