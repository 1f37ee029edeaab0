import * as chrono from 'chrono-node';
import { addDays } from '../../analytics/dates.ts';

/** When a campaign runs, as a message names it: dates are YYYY-MM-DD; a duration alone leaves the start open. */
export interface ParsedSchedule {
  startDate?: string;
  endDate?: string;
  durationDays?: number;
}

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, thirty: 30 };
const NUMBER = `(\\d{1,3}|${Object.keys(WORD_NUMBERS).join('|')})`;
/** "for two weeks", "for 10 days", "a two-week campaign", "run it 3 weeks" — not an audience window ("in 30 days"). */
const DURATION = [new RegExp(`\\bfor (?:the next )?${NUMBER}\\s*(day|week|month)s?\\b`), new RegExp(`\\b${NUMBER}[- ](day|week|month)(?:s)?[- ](?:campaign|promo|promotion|run|flight|push|sale|burst)\\b`), new RegExp(`\\b(?:run|running|last|lasting|runs)(?: it)?(?: for)? ${NUMBER}\\s*(day|week|month)s?\\b`)];
/** Audience words: a number of days right after them is the segment's window, not the schedule. */
const AUDIENCE_BEFORE = /\b(purchas\w*|bought|buy\w*|order\w*|shopp\w*|convert\w*|visit\w*|engag\w*|inactive|lapsed|dormant|active)(?:\s+(?:anything|something|from us|with us|at all))?\s*$/;
const START_CUE = /\b(start|starts|starting|begin|begins|beginning|launch|launches|launching|kick(?:ing)? off|go(?:ing)? live|live|from|effective)\s*(?:it\s+)?(?:on|the|from)?\s*$|\bstart(?:\s+date)?\s+(?:to|until|till)\s*$/;
const END_CUE = /\b(until|till|til|through|thru|to|ending|ends|end|finishing|finish|stop|stopping|wrap(?:ping)? up|by)\s*(?:it\s+)?(?:on|the|at)?\s*$/;
const RANGE = /\b(?:from|between)\s+(.+?)\s+(?:to|until|till|through|thru|and|-|–)\s+(.+?)(?=$|[,.;!?]|\s(?:for|with|on|targeting|at|and)\s)/;

/** A schedule looks forward: a year in the past ("Dec 10 through Dec 24, 20% off" read as 2020) means the next one. */
function day(c: chrono.ParsedComponents, today: string): string {
  const md = `${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
  const y = c.get('year')!;
  const thisYear = Number(today.slice(0, 4));
  if (y >= thisYear) return `${y}-${md}`;
  return `${thisYear}-${md}` >= today ? `${thisYear}-${md}` : `${thisYear + 1}-${md}`;
}

function ymd(y: number, m0: number, d: number): string {
  return new Date(Date.UTC(y, m0, d)).toISOString().slice(0, 10);
}

/** Days a duration covers, counting from its start ("two weeks" = 14 days, "a month" = the calendar month length). */
function durationDays(n: number, unit: string, start?: string): number {
  if (unit === 'day') return n;
  if (unit === 'week') return n * 7;
  const from = start ?? '2026-01-01';
  const end = ymd(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + n, Number(from.slice(8, 10)));
  return Math.round((Date.parse(end) - Date.parse(from)) / 86_400_000);
}

function findDuration(text: string): { n: number; unit: string } | null {
  for (const re of DURATION) {
    const r = re.exec(text);
    if (!r || AUDIENCE_BEFORE.test(text.slice(0, r.index))) continue;
    const raw = r[1]!;
    const n = /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS[raw] ?? 0);
    if (n > 0 && n <= 365) return { n, unit: r[2]! };
  }
  return null;
}

/** One forward-looking date in a fragment ("dec 15", "the 15th", "next monday"), relative to `ref`. */
function oneDay(fragment: string, ref: Date, today: string, after?: string): string | undefined {
  const bare = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(fragment.trim());
  if (bare && after) {
    const [y, m] = [Number(after.slice(0, 4)), Number(after.slice(5, 7)) - 1];
    const same = ymd(y, m, Number(bare[1]));
    return same >= after ? same : ymd(y, m + 1, Number(bare[1]));
  }
  const hit = chrono.parse(fragment, ref, { forwardDate: true })[0];
  if (!hit) return undefined;
  const d = day(hit.start, today);
  // "from December 1st through the 15th": a bare day after the start belongs to the start's month or later.
  return after && d < after ? day(chrono.parse(fragment, new Date(`${after}T12:00:00Z`), { forwardDate: true })[0]!.start, today) : d;
}

/**
 * The schedule a campaign message names, looking forward from `today`: "starting next Monday for two weeks", "from
 * Dec 1 to Dec 15", "between Jan 5 and Jan 20", "launch on December 3", "until the end of the month", "next week"
 * (Monday to Sunday), "a 10-day promo starting Friday". Dates go through chrono-node (forward-dated); an audience
 * window ("haven't purchased in 30 days") is never read as a date. Empty when the message names no schedule.
 */
export function parseSchedule(text: string, today: string): ParsedSchedule {
  const t = text.toLowerCase();
  const ref = new Date(`${today}T12:00:00Z`);
  const out: ParsedSchedule = {};
  const duration = findDuration(t);

  const range = RANGE.exec(t);
  const rangeStart = range ? oneDay(range[1]!, ref, today) : undefined;
  const rangeEnd = range && rangeStart ? oneDay(range[2]!, ref, today, rangeStart) : undefined;
  if (rangeStart && rangeEnd) {
    [out.startDate, out.endDate] = rangeStart <= rangeEnd ? [rangeStart, rangeEnd] : [rangeEnd, rangeStart];
    return out;
  }

  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  if (/\bnext week\b/.test(t)) {
    out.startDate = addDays(today, 7 - dow);
    out.endDate = addDays(out.startDate, 6);
  } else if (/\bnext month\b/.test(t)) {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    out.startDate = ymd(y, m, 1);
    out.endDate = ymd(y, m + 1, 0);
  }

  const hits = chrono
    .parse(t, ref, { forwardDate: true })
    .filter((h) => !/^(in|within|for|over|last|past|the last|the past)\b|^(right )?now$|^(next week|next month)$/.test(h.text.trim()))
    .filter((h) => !AUDIENCE_BEFORE.test(t.slice(0, h.index)));
  for (const h of hits) {
    const before = t.slice(0, h.index);
    if (h.end) {
      [out.startDate, out.endDate] = [day(h.start, today), day(h.end, today)];
      break;
    }
    const startCue = START_CUE.test(before);
    if (END_CUE.test(before) && !/\bstart(?:\s+date)?\s+(?:to|until|till)\s*$/.test(before)) out.endDate = day(h.start, today);
    else if (!out.startDate || startCue) out.startDate = day(h.start, today);
  }

  if (duration) {
    out.durationDays = durationDays(duration.n, duration.unit, out.startDate);
    if (out.startDate) out.endDate = addDays(out.startDate, out.durationDays - 1);
  }
  if (out.startDate && out.endDate && out.endDate < out.startDate) delete out.endDate;
  return out;
}
