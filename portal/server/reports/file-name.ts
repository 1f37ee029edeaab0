import type { DateRange } from '../../../widgets/src/contract.ts';

/** The file name (without extension) of a report's attachment or download: "<title> <from> to <to>", safe characters only. */
export function reportFileStem(title: string, range: DateRange): string {
  return `${title} ${range.from} to ${range.to}`.replace(/[^\w. -]+/g, '').trim() || 'report';
}
