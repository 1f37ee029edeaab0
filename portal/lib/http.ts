import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, zodIssues } from './errors';

/** The caller's request id when it sent a sane one, else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

const MAX_JSON_BYTES = 5 * 1024 * 1024;

/** Reads and validates a JSON body; a missing, oversized or malformed body is a 400, never a 500. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.infer<S>> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > maxBytes) throw new AppError('BAD_REQUEST', `The request body is larger than ${maxBytes} bytes.`, { status: 413 });
  const text = await request.text();
  if (text.length > maxBytes) throw new AppError('BAD_REQUEST', `The request body is larger than ${maxBytes} bytes.`, { status: 413 });
  let raw: unknown;
  try {
    raw = text.length ? JSON.parse(text) : undefined;
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return validate(schema, raw);
}

/** Search params as an object: repeated keys and comma lists become arrays only where the schema wants them. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: zodIssues(parsed.error) });
  return parsed.data;
}

/** Splits "a,b" or ["a","b"] or ["a,b","c"] into a list; for search-param schemas. */
export function listParam(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => (typeof item === 'string' ? item.split(',') : [item])).map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '');
}

/** What every wrapped route handler gets besides its caller: validated params and input readers. */
export interface RouteInput<P> {
  request: Request;
  params: P;
  searchParams: URLSearchParams;
  requestId: string;
  /** The JSON body validated by `schema` (400 VALIDATION_FAILED with issues otherwise). */
  body<S extends z.ZodType>(schema: S): Promise<z.infer<S>>;
  /** The search params validated by `schema`; repeated keys arrive as arrays. */
  query<S extends z.ZodType>(schema: S): z.infer<S>;
}

/** Builds a RouteInput: awaits Next's params Promise and validates it with `paramsSchema` when given. */
export async function routeInput<P>(
  request: Request,
  context: { params: Promise<unknown> },
  requestId: string,
  paramsSchema: z.ZodType<P> | undefined,
  maxBodyBytes = MAX_JSON_BYTES,
): Promise<RouteInput<P>> {
  const rawParams = (await context.params) ?? {};
  const url = new URL(request.url);
  return {
    request,
    params: paramsSchema ? validate(paramsSchema, rawParams) : (rawParams as P),
    searchParams: url.searchParams,
    requestId,
    body: (schema) => parseJsonBody(request, schema, maxBodyBytes),
    query: (schema) => validate(schema, searchParamsObject(url.searchParams)),
  };
}
