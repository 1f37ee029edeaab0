import * as chrono from 'chrono-node';
import type { DateRange } from '@stratum/contract';
import { addDays, dayStart, isoDay } from '@/server/analytics/dates';

export interface ParsedRange extends DateRange {
  /** How the range was said, for the answer ("last week", "since Black Friday"). */
  label: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: number, m: number, d: number): string {
  return isoDay(new Date(Date.UTC(y, m, d)));
}

function monthRange(y: number, m: number, today: string): DateRange {
  const to = ymd(y, m + 1, 0);
  return { from: ymd(y, m, 1), to: to > today ? today : to };
}

/** The nth weekday (0 = Sunday) of a month, e.g. the 4th Thursday of November. */
function nthWeekday(y: number, m: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(y, m, 1)).getUTCDay();
  return ymd(y, m, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
}

const HOLIDAYS: { re: RegExp; label: string; date: (y: number) => string }[] = [
  { re: /\bblack friday\b/, label: 'Black Friday', date: (y) => addDays(nthWeekday(y, 10, 4, 4), 1) },
  { re: /\bcyber monday\b/, label: 'Cyber Monday', date: (y) => addDays(nthWeekday(y, 10, 4, 4), 4) },
  { re: /\bthanksgiving\b/, label: 'Thanksgiving', date: (y) => nthWeekday(y, 10, 4, 4) },
  { re: /\b(christmas|xmas)\b/, label: 'Christmas', date: (y) => ymd(y, 11, 25) },
  { re: /\bnew year('s)?( day)?\b/, label: 'New Year', date: (y) => ymd(y, 0, 1) },
  { re: /\bvalentine('s)?( day)?\b/, label: "Valentine's Day", date: (y) => ymd(y, 1, 14) },
  { re: /\bhalloween\b/, label: 'Halloween', date: (y) => ymd(y, 9, 31) },
];

/** The most recent occurrence of a holiday on or before today. */
function lastHoliday(h: (typeof HOLIDAYS)[number], today: string): string {
  const y = Number(today.slice(0, 4));
  const thisYear = h.date(y);
  return thisYear <= today ? thisYear : h.date(y - 1);
}

function quarterRange(q: number, y: number, today: string): DateRange {
  const from = ymd(y, (q - 1) * 3, 1);
  const to = ymd(y, q * 3, 0);
  return { from, to: to > today ? today : to };
}

function chronoDay(c: chrono.ParsedComponents): string {
  return ymd(c.get('year')!, c.get('month')! - 1, c.get('day')!);
}

/**
 * Finds the date range a message names, relative to `today` (YYYY-MM-DD): "yesterday", "last 14 days", "last week"
 * (the previous Monday–Sunday), "this month", "Q3", "last quarter", "year to date", "since Black Friday", "in October",
 * "from Oct 1 to Oct 15", "since March 3". Explicit dates go through chrono-node. Null when none is named.
 */
export function parseRange(text: string, today: string): ParsedRange | null {
  const t = text.toLowerCase();
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1;
  const dow = (dayStart(today).getUTCDay() + 6) % 7; // Monday = 0
  let r: RegExpExecArray | null;

  if ((r = /\b(?:last|past|previous|trailing)\s+(\d{1,3})\s*(day|week|month)s?\b/.exec(t))) {
    const n = Number(r[1]);
    const days = r[2] === 'day' ? n : r[2] === 'week' ? n * 7 : n * 30;
    return { from: addDays(today, -(days - 1)), to: today, label: `last ${n} ${r[2]}${n === 1 ? '' : 's'}` };
  }
  if (/\byesterday\b/.test(t)) {
    const d = addDays(today, -1);
    return { from: d, to: d, label: 'yesterday' };
  }
  if (/\btoday\b/.test(t)) return { from: today, to: today, label: 'today' };
  if (/\b(last|previous|past) week\b/.test(t)) {
    const monday = addDays(today, -dow - 7);
    return { from: monday, to: addDays(monday, 6), label: 'last week' };
  }
  if (/\bthis week\b|\bweek to date\b|\bwtd\b/.test(t)) return { from: addDays(today, -dow), to: today, label: 'this week' };
  if (/\b(last|previous|past) month\b/.test(t)) {
    const first = ymd(y, m - 1, 1);
    return { ...monthRange(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, today), label: 'last month' };
  }
  if (/\bthis month\b|\bmonth to date\b|\bmtd\b/.test(t)) return { from: ymd(y, m, 1), to: today, label: 'this month' };
  if (/\b(last|previous|past) quarter\b/.test(t)) {
    const q = Math.floor(m / 3) + 1;
    const [qq, qy] = q === 1 ? [4, y - 1] : [q - 1, y];
    return { ...quarterRange(qq, qy, today), label: `Q${qq} ${qy}` };
  }
  if (/\bthis quarter\b|\bquarter to date\b|\bqtd\b/.test(t)) {
    const q = Math.floor(m / 3) + 1;
    return { ...quarterRange(q, y, today), label: `Q${q} ${y}` };
  }
  if ((r = /\bq([1-4])(?:\s*(?:of\s*)?'?(\d{2}|\d{4}))?\b/.exec(t))) {
    const q = Number(r[1]);
    let qy = r[2] ? Number(r[2].length === 2 ? `20${r[2]}` : r[2]) : y;
    if (!r[2] && ymd(qy, (q - 1) * 3, 1) > today) qy -= 1;
    return { ...quarterRange(q, qy, today), label: `Q${q} ${qy}` };
  }
  if (/\b(last|previous|past) year\b/.test(t)) return { from: ymd(y - 1, 0, 1), to: ymd(y - 1, 11, 31), label: `${y - 1}` };
  if (/\b(this year|year to date|ytd)\b/.test(t)) return { from: ymd(y, 0, 1), to: today, label: 'year to date' };
  for (const h of HOLIDAYS) {
    if (!h.re.test(t)) continue;
    const day = lastHoliday(h, today);
    if (/\b(since|after|from)\b/.test(t)) return { from: day, to: today, label: `since ${h.label}` };
    if (/\b(week of|around)\b/.test(t)) return { from: addDays(day, -3), to: addDays(day, 3), label: `the week of ${h.label}` };
    return { from: day, to: day, label: h.label };
  }

  // "now" is not a range ("now show ROAS instead").
  const results = chrono.parse(text, new Date(`${today}T12:00:00`), { forwardDate: false }).filter((r) => !/^(right )?now$/i.test(r.text.trim()));
  const first = results[0];
  if (first) {
    const from = chronoDay(first.start);
    const before = t.slice(0, first.index).trim();
    if (first.end) return order({ from, to: chronoDay(first.end), label: first.text });
    const second = results[1];
    if (second && /\b(from|between)\b/.test(before)) return order({ from, to: chronoDay(second.start), label: `${first.text} to ${second.text}` });
    if (/\b(since|after|from)$/.test(before)) return order({ from, to: today, label: `since ${first.text}` });
    // A bare month ("in October") means the whole month; a day means that day.
    if (!first.start.isCertain('day') && first.start.isCertain('month')) {
      const month = first.start.get('month')! - 1;
      let my = first.start.isCertain('year') ? first.start.get('year')! : y;
      if (!first.start.isCertain('year') && ymd(my, month, 1) > today) my -= 1;
      return { ...monthRange(my, month, today), label: `${MONTHS[month]![0]!.toUpperCase()}${MONTHS[month]!.slice(1)} ${my}` };
    }
    return { from, to: from, label: first.text };
  }
  // Month names chrono may miss in lower case after typo correction ("in sept").
  const mi = MONTH_ABBR.findIndex((a) => new RegExp(`\\b${a}[a-z]*\\b`).test(t) && a !== 'may');
  if (mi >= 0 && /\b(in|during|for|of)\b/.test(t)) {
    const my = ymd(y, mi, 1) > today ? y - 1 : y;
    return { ...monthRange(my, mi, today), label: `${MONTHS[mi]} ${my}` };
  }
  return null;
}

function order(r: ParsedRange): ParsedRange {
  return r.from <= r.to ? r : { ...r, from: r.to, to: r.from };
}
