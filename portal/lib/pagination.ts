import { z } from 'zod';
import { AppError } from './errors';

/** `?limit=&cursor=` of every list endpoint. The cursor is opaque to callers. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export function pageSchema<S extends z.ZodType>(item: S) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[\w-]{1,64}$/.test(id)) throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', { issues: [{ path: 'cursor', message: 'not a cursor from this API' }] });
  return id;
}

/** Prisma arguments for one page in id order: fetch one row more than asked to know whether another page follows. */
export function pageArgs(query: PageQuery) {
  return {
    take: query.limit + 1,
    orderBy: { id: 'asc' as const },
    idAfter: query.cursor ? { id: { gt: decodeCursor(query.cursor) } } : {},
  };
}

export function toPage<R extends { id: string }, T>(rows: R[], query: PageQuery, map: (row: R) => T): Page<T> {
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return { data: data.map(map), nextCursor: rows.length > query.limit && last ? Buffer.from(last.id, 'utf8').toString('base64url') : null };
}
