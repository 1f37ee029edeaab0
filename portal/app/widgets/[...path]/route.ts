import { fileResponse, notFound, safeResolve, statOrNull } from '@/lib/static-files';
import { fromRoot } from '@/lib/paths';

export const dynamic = 'force-dynamic';

/** Chunks (rollup's "chunks/[name]-[hash].js") never change content, so they cache for a year; the entry revalidates. */
const HASHED_CHUNK = /-[A-Za-z0-9_-]{8,}\.(?:m?js|css)(?:\.map)?$/;

/** GET /widgets/<file>: the widget bundle from dist/widgets, loadable from any origin. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path: segments } = await params;
  const file = safeResolve(fromRoot('dist', 'widgets'), segments);
  const stats = file ? statOrNull(file) : null;
  if (!file || !stats?.isFile()) return notFound();
  const name = segments[segments.length - 1] ?? '';
  const headers = new Headers({
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': segments[0] === 'chunks' && HASHED_CHUNK.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate',
  });
  return fileResponse(request, file, stats, headers);
}

export const HEAD = GET;
