import 'server-only';
import { DIMENSIONS, type Dimension, type MetricQuery, type QueryResult } from '@stratum/contract';

/** Quotes a CSV cell; text that a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with '. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const LABELLED: Dimension[] = ['campaign', 'variant'];

/** The CSV header and lines of a query result, produced lazily so the response can stream them. */
export function* csvLines(query: MetricQuery, result: QueryResult): Generator<string> {
  const dimensions = DIMENSIONS.filter((d) => query.dimensions?.includes(d));
  const header: string[] = [];
  for (const d of dimensions) {
    header.push(d === 'campaign' ? 'campaign_id' : d === 'variant' ? 'variant_id' : d);
    if (LABELLED.includes(d)) header.push(`${d}_name`);
  }
  header.push(...query.metrics, 'currency');
  yield header.map(csvCell).join(',') + '\r\n';
  for (const row of result.rows) {
    const cells: (string | number | null | undefined)[] = [];
    for (const d of dimensions) {
      cells.push(row.keys[d]);
      if (LABELLED.includes(d)) cells.push(row.labels?.[d]);
    }
    for (const m of query.metrics) cells.push(row.values[m]);
    cells.push(result.currency);
    yield cells.map(csvCell).join(',') + '\r\n';
  }
}

/** A streamed text/csv response of `lines`, sent in chunks of about 64 KB. */
export function csvResponse(lines: Iterable<string>, filename: string): Response {
  const iterator = lines[Symbol.iterator]();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < 65_536) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
