import { classifyIntent } from './classify-intent.ts';
import { extractSlots } from './extract-slots.ts';
import { normalize } from './normalize.ts';
import { addDays } from '../../analytics/dates.ts';
import type { Intent, ParseContext, Slots, Understanding } from './types.ts';

/** Slots each intent cannot do without: the engine asks rather than guesses. */
const REQUIRED: Partial<Record<Intent, (keyof Slots)[]>> = {
  create_campaign: ['segment'],
  query_metrics: ['metrics'],
  explain_change: ['metrics'],
};

/** Slots that carry over from the previous turn of the same intent (a follow-up changes only what it names). */
const CARRIED: Partial<Record<Intent, (keyof Slots)[]>> = {
  query_metrics: ['metrics', 'range', 'channels', 'campaignIds', 'dimension', 'grain', 'compare', 'limit'],
  explain_change: ['metrics', 'range', 'channels', 'campaignIds'],
  create_campaign: ['segment', 'offer', 'channels', 'dailyBudget', 'startDate', 'endDate', 'durationDays', 'trustGateThreshold', 'campaignName'],
  list_recommendations: ['channels', 'recommendationKind'],
};

const FOLLOW_UP = /^(and|also|plus|what about|how about|same (for|but|on)|now|ok(ay)? (and|now)|then|instead|only|just|make it|change (it|that)|switch|use|try|but)\b|\binstead\b|^(on|for|in|by|with|via) /;
/** A follow-up that only reschedules the last proposal ("start it next Monday", "run it for three weeks"). */
const RESCHEDULE = /^(let'?s |please |can you |could you )?(start|starting|run|running|launch|end|ending|extend|shorten|push|move|delay|postpone|schedule|keep it)\b/;
const SCHEDULE_SLOTS = ['startDate', 'endDate', 'durationDays'] as const;

function campaignWords(ctx: ParseContext): string[] {
  const words = new Set<string>();
  for (const c of ctx.campaigns ?? []) for (const w of c.name.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
  return [...words];
}

/**
 * Understands one message in the context of the thread: normalises it (typos included), extracts every slot, classifies
 * the intent, and resolves follow-ups ("and on Google?", "make it 15%", "what about last month?") by carrying the
 * previous turn's slots and replacing only those the message names.
 */
export function understand(message: string, ctx: ParseContext, currency = 'USD'): Understanding {
  const n = normalize(message, campaignWords(ctx));
  const slots = extractSlots(n.text, n.original, ctx, currency);
  let { intent } = classifyIntent(n.text, slots);
  const prev = ctx.state?.lastIntent;
  let followUp = false;
  const named = Object.keys(slots).length > 0;
  const short = n.text.split(' ').length <= 8;
  const carryable = prev && CARRIED[prev];
  const reschedule = prev === 'create_campaign' && SCHEDULE_SLOTS.some((k) => slots[k] !== undefined) && RESCHEDULE.test(n.text);
  if (carryable && named && (FOLLOW_UP.test(n.text) || reschedule || (intent === 'unknown' && short) || (intent === prev && short && FOLLOW_UP.test(n.text)))) {
    const strongOther = intent !== 'unknown' && intent !== prev && !(intent === 'query_metrics' && prev === 'explain_change') && classifyIntent(n.text, {}).score >= 3;
    if (!strongOther) {
      intent = prev;
      followUp = true;
    }
  }
  if (followUp) {
    const keep = CARRIED[intent] ?? [];
    const merged: Slots = {};
    for (const key of keep) if (ctx.state?.lastSlots?.[key] !== undefined) (merged as Record<string, unknown>)[key] = ctx.state.lastSlots[key];
    // A follow-up naming a campaign replaces the channel filter and vice versa.
    if (slots.channels) delete merged.campaignIds;
    if (slots.campaignIds) delete merged.channels;
    // A new start or length moves the end with it; a new end replaces a length.
    if (slots.endDate) delete merged.durationDays;
    else if (slots.startDate || slots.durationDays) delete merged.endDate;
    Object.assign(merged, slots);
    if (intent === 'create_campaign' && slots.offer === undefined && /%/.test(n.text) && ctx.state?.lastSlots?.offer) {
      const pct = /(\d{1,2})%/.exec(n.text);
      if (pct) merged.offer = { kind: 'percent', value: Number(pct[1]) };
    }
    return finish(intent, merged, true, n, ctx.today);
  }
  return finish(intent, slots, false, n, ctx.today);
}

function finish(intent: Intent, slots: Slots, followUp: boolean, n: ReturnType<typeof normalize>, today: string): Understanding {
  if (intent !== 'create_campaign') for (const k of SCHEDULE_SLOTS) delete slots[k];
  else if (slots.durationDays && !slots.endDate) {
    // A length alone starts on the default start day (tomorrow), as the draft would.
    slots.startDate ??= addDays(today, 1);
    slots.endDate = addDays(slots.startDate, slots.durationDays - 1);
  }
  const missing = (REQUIRED[intent] ?? []).filter((k) => slots[k] === undefined);
  return { intent, slots, missing, followUp, corrections: n.corrections, normalized: n.text };
}
