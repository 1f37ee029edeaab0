import type { HealthResult } from '@stratum/contract';
import { db, dbKind } from '@/lib/db';
import { AppError, toResponse } from '@/lib/errors';
import { portalVersion } from '@/lib/version';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability; no token needed, no data revealed. */
export async function GET(): Promise<Response> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
  } catch {
    return toResponse(new AppError('INTERNAL', 'The database is not reachable.', { status: 503 }));
  }
  const body: HealthResult = { status: 'ok', version: portalVersion(), database: dbKind(), time: new Date().toISOString() };
  return Response.json(body, { headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } });
}
