import type { TropaApp } from '../app.ts';

export interface Response {
  status: number;
  body: unknown;
  /** The bytes as sent (for images and PDFs). */
  raw: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
}

/** How a test client proves who it is. */
export type Credentials =
  | { kind: 'anonymous' }
  | { kind: 'session'; cookie: string; csrfToken: string }
  | { kind: 'bearer'; secret: string };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Talks to the app in-process (`inject`), as a browser session, a token holder or nobody. */
export class TestClient {
  constructor(
    private readonly app: TropaApp,
    readonly credentials: Credentials = { kind: 'anonymous' },
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const auth: Record<string, string> = {};
    if (this.credentials.kind === 'session') {
      auth.cookie = this.credentials.cookie;
      if (method !== 'GET') auth['x-csrf-token'] = this.credentials.csrfToken;
    }
    if (this.credentials.kind === 'bearer') auth.authorization = `Bearer ${this.credentials.secret}`;
    const response = await this.app.fastify.inject({
      method,
      url,
      headers: { ...auth, ...headers },
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
    const text = response.body;
    let parsed: unknown = text;
    if (String(response.headers['content-type'] ?? '').includes('json') && text.length > 0)
      parsed = JSON.parse(text);
    return { status: response.statusCode, body: parsed, raw: response.rawPayload, headers: response.headers };
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  put(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PUT', url, body ?? {}, headers);
  }
  patch(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, body ?? {}, headers);
  }
  delete(url: string, headers?: Record<string, string>) {
    return this.request('DELETE', url, undefined, headers);
  }
}

/** The `name=value` pairs of Set-Cookie headers, as a Cookie header would send them back. */
export function cookieHeader(setCookie: Response['headers'][string]): string {
  const list = Array.isArray(setCookie) ? setCookie : typeof setCookie === 'string' ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** Reads a field of a JSON body in a test, failing clearly when the body is not what was expected. */
export function field<T = unknown>(body: unknown, ...path: (string | number)[]): T {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null)
      throw new Error(`No ${path.join('.')} in ${JSON.stringify(body)}`);
    value = (value as Record<string | number, unknown>)[key];
  }
  return value as T;
}

/** A multipart/form-data body with text fields and files, as a browser form would send it. */
export function multipartBody(
  fields: Record<string, string>,
  files: Record<string, { filename: string; content: string | Buffer }>,
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----tropa${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const [name, file] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
