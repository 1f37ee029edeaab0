/** Calls a Next route handler in-process with a real Request, as Next would. */
export type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  token?: string;
  origin?: string | null;
  body?: unknown;
  params?: Record<string, string | string[]>;
  headers?: Record<string, string>;
}

export const PORTAL = 'http://portal.test';

export async function callRoute(handler: unknown, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.origin) headers.set('origin', options.origin);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`${PORTAL}${path}`, {
    method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
    headers,
    ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
  });
  return (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
}

export async function json<T = unknown>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
