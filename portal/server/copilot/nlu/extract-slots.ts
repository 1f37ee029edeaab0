import { CHANNELS, METRICS, RECOMMENDATION_KINDS, type Channel, type Metric, type RecommendationKindName } from '@stratum/contract';
import { fuzzyPhraseScore } from './fuzzy.ts';
import { parseRange } from './parse-range.ts';
import { parseSchedule } from './parse-schedule.ts';
import type { ParseContext, Slots } from './types.ts';
import { CHANNEL_SYNONYMS, KIND_SYNONYMS, METRIC_SYNONYMS, ORDINALS } from './vocabulary.ts';

const has = (text: string, phrase: string) => new RegExp(`(^|[^a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^a-z0-9])`).test(text);

/** Metrics named in the text, in order of appearance; longer phrases win ("cost per click" is CPC, not spend). */
export function findMetrics(text: string): Metric[] {
  const found: { metric: Metric; at: number; len: number }[] = [];
  for (const metric of METRICS) {
    for (const phrase of METRIC_SYNONYMS[metric]) {
      const re = new RegExp(`(^|[^a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^a-z0-9])`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) found.push({ metric, at: m.index + m[1]!.length, len: phrase.length });
    }
  }
  // Drop matches covered by a longer one ("conversion rate" covers "conversion"; "cost per click" covers "cost").
  const kept = found.filter((f) => !found.some((g) => g !== f && g.len > f.len && g.at <= f.at && f.at + f.len <= g.at + g.len));
  kept.sort((a, b) => a.at - b.at);
  return [...new Set(kept.map((k) => k.metric))];
}

export function findChannels(text: string): Channel[] {
  const out: { c: Channel; at: number }[] = [];
  for (const c of CHANNELS) {
    for (const phrase of CHANNEL_SYNONYMS[c]) {
      // "search" and "mail" only count as channels in a channel-ish phrase.
      if ((phrase === 'search' || phrase === 'mail') && !new RegExp(`\\b(on|via|through|in|and|from) ${phrase}\\b|\\b${phrase} (ads|channel|campaigns?)\\b`).test(text)) continue;
      const i = text.search(new RegExp(`(^|[^a-z0-9])${phrase}($|[^a-z0-9])`));
      if (i >= 0) out.push({ c, at: i });
    }
  }
  if (/\ball (the )?channels\b|\bevery channel\b|\bacross channels\b/.test(text)) return [...CHANNELS];
  out.sort((a, b) => a.at - b.at);
  return [...new Set(out.map((o) => o.c))];
}

export function findKind(text: string): RecommendationKindName | undefined {
  for (const kind of RECOMMENDATION_KINDS) if (KIND_SYNONYMS[kind].some((p) => has(text, p))) return kind;
  return undefined;
}

function findCampaigns(text: string, original: string, ctx: ParseContext): string[] {
  const campaigns = ctx.campaigns ?? [];
  const quoted = [...original.matchAll(/["“”']([^"“”']{3,80})["“”']/g)].map((m) => m[1]!.toLowerCase());
  const scored = campaigns
    .map((c) => ({ c, score: quoted.some((q) => q === c.name.toLowerCase()) ? 2 : fuzzyPhraseScore(text, c.name) }))
    .filter((s) => s.score >= 1 && s.c.name.split(/\s+/).filter((w) => w.length > 1).length >= 1)
    .sort((a, b) => b.score - a.score || b.c.name.length - a.c.name.length);
  // Prefer names of two or more words (single-word names collide with ordinary words).
  const multi = scored.filter((s) => s.score === 2 || s.c.name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 1).length >= 2);
  return multi.slice(0, 3).map((s) => s.c.id);
}

function findSegment(text: string): Slots['segment'] {
  let r: RegExpExecArray | null;
  if (/\b(cart|checkout) abandon|\babandon(ed|ers|ing)? (their )?(cart|checkout|basket)|\bleft (items )?in (their )?(cart|basket)/.test(text)) {
    r = /\b(?:last|past|in|within) (\d{1,3}) days?\b/.exec(text);
    return { kind: 'cart_abandoners', days: r ? Number(r[1]) : 7 };
  }
  if (/\blookalike|\blook-alike|\blook alike|\bsimilar to (our )?(best|top)/.test(text)) {
    r = /(\d{1,2})%/.exec(text);
    return { kind: 'lookalike_top_customers', percent: r ? Math.min(10, Number(r[1])) : 1 };
  }
  r =
    /\b(?:not|no|never|did not|have not|has not|without( a)?)\s+(?:made a |make a )?(?:purchas\w*|bought|buy\w*|ordered|order\w*|converted|shopped)\b[^0-9]{0,40}?(\d{1,3})\s*(day|week|month)s?/.exec(text) ??
    /\b(?:inactive|lapsed|dormant|idle)\b[^0-9]{0,30}?(\d{1,3})\s*(day|week|month)s?/.exec(text) ??
    /\b(?:no purchase|no orders?)\b[^0-9]{0,30}?(\d{1,3})\s*(day|week|month)s?/.exec(text);
  if (r) {
    const n = Number(r[r.length - 2]);
    const unit = r[r.length - 1];
    return { kind: 'no_purchase_days', days: unit === 'day' ? n : unit === 'week' ? n * 7 : n * 30 };
  }
  if (/\bwin ?back|\blapsed|\bdormant|\binactive|\bhave not (purchased|bought|ordered)|\bhas not (purchased|bought)/.test(text)) return undefined;
  if (/\b(all|every|existing) (customers|users|shoppers|buyers)\b|\bwhole (list|audience)\b|\beveryone\b/.test(text)) return { kind: 'all_customers' };
  return undefined;
}

function findOffer(text: string, currency: string): Slots['offer'] {
  let r: RegExpExecArray | null;
  if (/\bfree (shipping|delivery)\b/.test(text)) return { kind: 'free_shipping' };
  if ((r = /\b(?:code|coupon|promo(?: code)?)\s+([a-z0-9]{3,20})\b/.exec(text)) && !/^(for|with|of|the|and)$/.test(r[1]!)) {
    const pct = /(\d{1,2})%/.exec(text);
    return { kind: 'code', code: r[1]!.toUpperCase(), ...(pct ? { percent: Number(pct[1]) } : {}) };
  }
  if ((r = /(\d{1,2}(?:\.\d)?)\s*%\s*(?:off|discount|reduction)?|(?:discount|off) of (\d{1,2})\s*%/.exec(text)) && !/\b(?:signal|health|threshold|trust|lookalike)\b[^.]{0,20}\d{1,2}\s*%/.exec(text)) {
    return { kind: 'percent', value: Number(r[1] ?? r[2]) };
  }
  if ((r = /[$€£]\s?(\d{1,4})\s*(?:off|discount)|(\d{1,4})\s*(?:dollars|euros|pounds|usd|eur|gbp)?\s*off\b/.exec(text))) {
    return { kind: 'fixed', value: Number(r[1] ?? r[2]), currency };
  }
  return undefined;
}

function findBudget(text: string): number | undefined {
  const r =
    /(?:budget|spend|spending)\s*(?:of|at|is|=|to|:)?\s*[$€£]?\s?(\d{2,7}(?:\.\d+)?)/.exec(text) ??
    /[$€£]\s?(\d{2,7}(?:\.\d+)?)\s*(?:a |per |\/ ?)?(?:day|daily)/.exec(text) ??
    /(\d{2,7})\s*(?:dollars|euros|pounds|usd|eur|gbp)?\s*daily budget/.exec(text) ??
    /(\d{2,7})\s*(?:dollars|euros|pounds|usd|eur|gbp)?\s*(?:a|per|\/)\s*day/.exec(text);
  return r ? Number(r[1]) : undefined;
}

function findThreshold(text: string): number | undefined {
  const r = /(?:signal health|health|trust gate|threshold)[^0-9]{0,25}(\d{2})\b/.exec(text);
  return r ? Number(r[1]) : undefined;
}

function findDimension(text: string): Pick<Slots, 'dimension' | 'grain'> {
  if (/\b(by|per|each|split by|broken down by|breakdown by|across) (channel|channels|platform|network|source)\b|\bwhich channel|\bchannel breakdown\b/.test(text)) return { dimension: 'channel' };
  if (/\b(by|per|each|split by|broken down by|breakdown by) campaigns?\b|\bwhich campaigns?\b|\b(top|best|worst) \d* ?campaigns?\b/.test(text)) return { dimension: 'campaign' };
  if (/\b(daily|per day|by day|each day|day by day)\b/.test(text)) return { dimension: 'date', grain: 'day' };
  if (/\b(weekly|per week|by week|each week)\b/.test(text)) return { dimension: 'date', grain: 'week' };
  if (/\b(monthly|per month|by month|each month)\b/.test(text)) return { dimension: 'date', grain: 'month' };
  if (/\b(trend|over time|chart|graph)\b/.test(text)) return { dimension: 'date', grain: 'day' };
  return {};
}

function findOrdinal(text: string): number | undefined {
  let r = /#\s?(\d{1,2})\b|\bnumber (\d{1,2})\b|\brecommendation (\d{1,2})\b/.exec(text);
  if (r) return Number(r[1] ?? r[2] ?? r[3]);
  r = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|top) (one|recommendation|suggestion|item)?/.exec(text);
  if (r) return ORDINALS[r[1]!];
  return undefined;
}

/** Every slot the text names; which ones matter depends on the intent. */
export function extractSlots(text: string, original: string, ctx: ParseContext, currency = 'USD'): Slots {
  const slots: Slots = {};
  const metrics = findMetrics(text);
  if (metrics.length) slots.metrics = metrics;
  const channels = findChannels(text);
  if (channels.length) slots.channels = channels;
  const range = parseRange(text, ctx.today);
  if (range) slots.range = range;
  if (/\b(compare|compared|vs|versus|against|previous period|prior period|change|changed|growth|grew|better|worse|than before)\b/.test(text)) slots.compare = true;
  Object.assign(slots, findDimension(text));
  const top = /\btop (\d{1,2})\b/.exec(text);
  if (top) slots.limit = Number(top[1]);
  const campaignIds = findCampaigns(text, original, ctx);
  if (campaignIds.length) slots.campaignIds = campaignIds;
  const segment = findSegment(text);
  if (segment) slots.segment = segment;
  const offer = findOffer(text, currency);
  if (offer) slots.offer = offer;
  const budget = findBudget(text);
  if (budget !== undefined) slots.dailyBudget = budget;
  // A campaign's schedule (kept only when the message turns out to create or edit a campaign).
  Object.assign(slots, parseSchedule(text, ctx.today));
  const threshold = findThreshold(text);
  if (threshold !== undefined) slots.trustGateThreshold = threshold;
  const ordinal = findOrdinal(text);
  if (ordinal !== undefined) slots.recommendationOrdinal = ordinal;
  const kind = findKind(text);
  if (kind) slots.recommendationKind = kind;
  const name = /\b(?:called|named|name it|title it)\s+["']?([^"']{3,60}?)["']?(?:$|\s+(?:with|for|on|targeting)\b)/.exec(original.toLowerCase());
  if (name) slots.campaignName = original.slice(original.toLowerCase().indexOf(name[1]!), original.toLowerCase().indexOf(name[1]!) + name[1]!.length).trim();
  return slots;
}
