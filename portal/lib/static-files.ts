import 'server-only';
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves URL path segments inside `base`, or null when they could escape it: empty, "." or ".." segments,
 * separators or NUL bytes inside a segment, dotfiles, and symlinks pointing outside are all refused.
 */
export function safeResolve(base: string, segments: readonly string[]): string | null {
  for (const segment of segments) {
    if (!segment || segment.startsWith('.') || /[/\\\0]/.test(segment) || segment.includes('..')) return null;
  }
  let realBase: string;
  try {
    realBase = realpathSync(base);
  } catch {
    return null;
  }
  const candidate = path.resolve(realBase, ...segments);
  if (candidate !== realBase && !candidate.startsWith(realBase + path.sep)) return null;
  try {
    const real = realpathSync(candidate);
    if (real !== realBase && !real.startsWith(realBase + path.sep)) return null;
    return real;
  } catch {
    return candidate; // does not exist: the caller answers 404
  }
}

export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Streams a file with its content type, an ETag, and a 304 when the client already has it. */
export function fileResponse(request: Request, file: string, stats: Stats, headers: Headers): Response {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  headers.set('ETag', etag);
  headers.set('Content-Type', contentTypeOf(file));
  headers.set('X-Content-Type-Options', 'nosniff');
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  headers.set('Content-Length', String(stats.size));
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

export function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
