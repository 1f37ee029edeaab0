/**
 * The embed API's fast lane: requests under /api/embed/v1/ are answered by the very route modules of the
 * production build (the same compiled `withEmbed` handlers, the same module instances, caches and rate limiters
 * Next uses), called directly with a Web Request instead of going through Next's router and render pipeline —
 * which cost ≈ 1 ms of CPU per request, several times what a cached query costs. Every check (token, origin,
 * CORS, scope, rate limit) lives in the handler and so is identical on both paths; the `headers()` rules of
 * next.config are applied the same way. Anything the lane does not know (another path, a method the module
 * does not export, HEAD, a catch-all route, a route module it cannot load) goes to Next unchanged.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { jsonTextOf, markFastLaneRequest } from '../../portal/lib/fast-lane-protocol.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Userland = Record<string, unknown>;

interface RouteEntry {
  /** The compiled entry, e.g. <distDir>/server/app/api/embed/v1/query/route.js. */
  file: string;
  pattern: RegExp;
  paramNames: string[];
  userland?: Promise<Userland | null>;
}

export interface FastLaneOptions {
  /** Next's dist directory (absolute). */
  distDir: string;
  /** The origin Next gives route handlers' request URLs: `http://<hostname or localhost>:<port>`. */
  hostname: string | undefined;
  port: number;
  /** next.config `compress` (default true): responses are compressed by the very middleware Next uses. */
  compress?: boolean;
  /** Path prefixes the lane serves. */
  prefixes?: string[];
}

export type FastLane = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const DEFAULT_PREFIXES = ['/api/embed/v1/'];
/** Bodies up to this size are read at once; larger or chunked ones are streamed into the Request. */
const BUFFERED_BODY_BYTES = 1024 * 1024;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Route patterns of the app routes under the prefixes, from the build's app-path-routes-manifest.json. */
export function routesOf(manifest: Record<string, string>, distDir: string, prefixes: string[]): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const [entry, pathname] of Object.entries(manifest)) {
    if (!entry.endsWith('/route') || !prefixes.some((p) => pathname.startsWith(p))) continue;
    const segments = pathname.split('/').slice(1);
    if (segments.some((s) => s.startsWith('[...') || s.startsWith('[[') || s.startsWith('('))) continue; // Next keeps these
    const paramNames: string[] = [];
    const source = segments
      .map((s) => {
        const param = /^\[(\w+)\]$/.exec(s);
        if (!param) return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        paramNames.push(param[1]!);
        return '([^/]+)';
      })
      .join('/');
    routes.push({ file: path.join(distDir, 'server/app', `${entry}.js`), pattern: new RegExp(`^/${source}$`), paramNames });
  }
  // Static routes win over dynamic ones, as in Next.
  return routes.sort((a, b) => a.paramNames.length - b.paramNames.length);
}

/** The unconditional `headers()` rules of next.config (from routes-manifest.json); null when a rule has conditions. */
export function configHeadersOf(routesManifest: { headers?: { regex: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown }[] }) {
  const rules = routesManifest.headers ?? [];
  if (rules.some((r) => r.has || r.missing)) return null;
  return rules.map((r) => ({ pattern: new RegExp(r.regex), headers: r.headers }));
}

function match(routes: RouteEntry[], pathname: string): { route: RouteEntry; params: Record<string, string> } | null {
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      route.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
    } catch {
      return null; // a malformed escape: let Next answer it
    }
    return { route, params };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** The same bytes as a plain Uint8Array view (no copy), which is what BodyInit accepts. */
function asBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

const utf8 = new TextDecoder();

/**
 * A Request whose body was read into memory: text(), json() and arrayBuffer() answer from those bytes, and the
 * body stream is made only when something asks for it (a Web body stream costs tens of microseconds to make and
 * read, much of what a cached embed answer costs).
 */
class BufferedRequest extends Request {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;

  constructor(url: string, init: RequestInit, bytes: Uint8Array<ArrayBuffer>) {
    super(url, init);
    this.#bytes = bytes;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    this.#stream ??= new Blob([this.#bytes]).stream();
    return this.#stream;
  }

  override async text(): Promise<string> {
    return utf8.decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }
}

/** A Web Request for a Node request, with the URL Next would give it and a signal aborted when the client goes away. */
export async function toWebRequest(req: IncomingMessage, res: ServerResponse, origin: string): Promise<Request> {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  const proto = String(req.headers['x-forwarded-proto'] ?? '').includes('https') ? 'https' : 'http';
  const url = `${proto}://${origin}${req.url ?? '/'}`;
  if (method !== 'GET' && method !== 'HEAD') {
    const length = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(length) && length > 0 && length <= BUFFERED_BODY_BYTES) return markFastLaneRequest(new BufferedRequest(url, init, asBytes(await readBody(req))));
    if (length === 0) init.body = null;
    else {
      init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
      init.duplex = 'half';
    }
  }
  return markFastLaneRequest(new Request(url, init));
}

/** Writes a Web Response: JSON at once (headers and body in one write), anything else streamed as it comes. */
export async function sendWebResponse(response: Response, res: ServerResponse, extraHeaders: { key: string; value: string }[]): Promise<void> {
  res.statusCode = response.status;
  for (const { key, value } of extraHeaders) res.setHeader(key, value);
  for (const [key, value] of response.headers) if (key !== 'set-cookie') res.setHeader(key, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const text = jsonTextOf(response);
  if (text !== undefined) {
    const body = Buffer.from(text);
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  if (!response.body) {
    res.end();
    return;
  }
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done || res.destroyed) break;
    const flushed = res.write(value);
    (res as ServerResponse & { flush?: () => void }).flush?.(); // push each chunk through the compressor, as Next does
    if (!flushed) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
  }
  res.end();
}

/**
 * Loads a route module's handlers as Next does (after `app.prepare()`, the same require cache, so the same module
 * instances); null — and the route stays Next's — when the build does not have the expected shape.
 */
async function loadUserland(file: string): Promise<Userland | null> {
  try {
    const required = createRequire(import.meta.url)(file) as { routeModule?: { ensureUserland?: () => Promise<void>; userland?: Userland } };
    const routeModule = required.routeModule;
    await routeModule?.ensureUserland?.();
    const userland = routeModule?.userland;
    if (!userland || typeof userland !== 'object') throw new Error('no userland exports');
    return userland;
  } catch (error) {
    console.warn(`embed fast lane: ${path.basename(path.dirname(file))} stays with Next (${(error as Error).message})`);
    return null;
  }
}

/** The lane for a build; null when the build has nothing it can serve or header rules it cannot evaluate. */
export function createEmbedFastLane(options: FastLaneOptions): FastLane | null {
  const read = (name: string) => JSON.parse(readFileSync(path.join(options.distDir, name), 'utf8')) as unknown;
  const routes = routesOf(read('app-path-routes-manifest.json') as Record<string, string>, options.distDir, options.prefixes ?? DEFAULT_PREFIXES);
  const configHeaders = configHeadersOf(read('routes-manifest.json') as Parameters<typeof configHeadersOf>[0]);
  if (routes.length === 0 || configHeaders === null) return null;
  const origin = `${options.hostname ?? 'localhost'}:${options.port}`;
  const require = createRequire(import.meta.url);
  const compress = options.compress === false ? null : (require('next/dist/compiled/compression') as () => Middleware)();
  const releaseCompressionStream = (require('next/dist/server/lib/release-compression-stream') as { releaseCompressionStream: (res: ServerResponse) => void })
    .releaseCompressionStream;
  const prefixes = options.prefixes ?? DEFAULT_PREFIXES;

  return async (req, res) => {
    const url = req.url ?? '/';
    const method = req.method ?? 'GET';
    if (!METHODS.has(method) || !prefixes.some((p) => url.startsWith(p))) return false;
    const query = url.indexOf('?');
    const found = match(routes, query === -1 ? url : url.slice(0, query));
    if (!found) return false;
    const userland = await (found.route.userland ??= loadUserland(found.route.file));
    const handler = userland?.[method];
    if (typeof handler !== 'function') return false;
    const pathname = found.route.pattern.source;
    if (compress) {
      compress(req, res, () => undefined);
      res.once('close', () => res.writableFinished || releaseCompressionStream(res));
    }
    try {
      const request = await toWebRequest(req, res, origin);
      const response = await (handler as Handler)(request, { params: Promise.resolve(found.params) });
      const extra = configHeaders.filter((rule) => rule.pattern.test(url.split('?')[0]!)).flatMap((rule) => rule.headers);
      await sendWebResponse(response, res, extra);
    } catch (error) {
      console.error(`embed fast lane: ${method} ${pathname} failed`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
    return true;
  };
}
