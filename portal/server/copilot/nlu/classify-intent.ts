import type { Intent, Slots } from './types.ts';

/** Weighted cues per intent; the highest total wins (ties: the order of INTENT_PRIORITY). */
const CUES: Record<Exclude<Intent, 'unknown'>, [RegExp, number][]> = {
  create_campaign: [
    [/\b(create|set up|setup|build|make|draft|plan|start|launch|spin up|run|new)\b[^.?!]{0,40}\bcampaigns?\b/, 3],
    [/\bcampaigns? (targeting|for|aimed at|to reach|to win back|that targets)\b/, 2],
    [/\b(target|targeting|retarget|re-target|re-engage|reengage|win back|winback|reach out to|reach)\b[^.?!]{0,30}\b(users|customers|shoppers|buyers|people|visitors|abandoners|audience|lookalikes?)\b/, 2.5],
    [/\b(discount|% off|free shipping|coupon|promo code|offer)\b/, 1],
    [/\b(cart abandoners|lookalike|have not (purchased|bought|ordered)|inactive customers|lapsed)\b/, 1.5],
  ],
  activate_campaign: [
    [/\b(activate|go live|turn (it|them|the campaign) on|make (it|them) live|publish (it|the campaign)|launch (it|them|the draft|this|that)|start (it|them) now|enable (it|the campaign))\b/, 4],
    [/\bactivate\b/, 1],
  ],
  apply_recommendation: [
    [/\b(apply|accept|implement|execute|approve|action)\b[^.?!]{0,40}\b(recommendation|suggestion|it|that|this|one|first|second|third|#\s?\d|number \d|budget|increase|decrease|pause|shift|winner)\b/, 4],
    [/\b(do it|go ahead|yes,? (do|apply) (it|that))\b/, 2],
    [/\bapply\b/, 1.5],
  ],
  list_recommendations: [
    [/\b(recommendations?|suggestions?|recommend|advice|ideas|tips|opportunities)\b/, 2.5],
    [/\bwhat should (i|we) (do|change|fix|improve)\b|\bhow (can|do|could|should) (i|we) (improve|optimi[sz]e|grow|do better)\b|\boptimi[sz]e\b/, 3],
    [/\b(anything|what) (i|we) should (know|do)\b|\bany (alerts|issues|problems)\b/, 2],
    [/\bany\b[^.?!]{0,30}\b(winners?|opportunit\w*|alerts?|anomal\w*)\b/, 2],
  ],
  explain_change: [
    [/\bwhy\b/, 3],
    [/\b(what happened|what caused|what is causing|what is behind|explain|reason for|root cause|troubleshoot|diagnose|what went wrong|wrong with)\b/, 3],
    [/\b(drop|dropped|fell|fall|falling|decline|declined|declining|spike|spiked|jump|jumped|plunge|plunged|tank|tanked|went (up|down)|go (up|down)|surge|surged|dip|dipped|crash|crashed)\b/, 1.5],
  ],
  query_metrics: [
    [/\b(how much|how many|what (is|was|were|are)|show( me)?|give me|tell me|report|pull|get me|list|compare|breakdown|break down|trend|total|chart|graph|plot)\b/, 1],
    [/\b(by|per|each) (channel|campaign|day|week|month)\b|\b(daily|weekly|monthly)\b/, 0.5],
    [/\bhow (did|are|is|was|were|do) (we|it|things|the campaigns?|our campaigns?) (do|doing|perform|performing|going|look|looking)\b/, 2],
  ],
  help: [
    [/^(hi|hello|hey|yo|good (morning|afternoon|evening))\b|\bwhat can you do\b|^help\b|\bhow do (i|you) use\b|\bwho are you\b/, 3],
  ],
};

const INTENT_PRIORITY: Exclude<Intent, 'unknown'>[] = ['activate_campaign', 'apply_recommendation', 'create_campaign', 'explain_change', 'list_recommendations', 'query_metrics', 'help'];

export function classifyIntent(text: string, slots: Slots): { intent: Intent; score: number } {
  const scores = new Map<Exclude<Intent, 'unknown'>, number>();
  for (const intent of INTENT_PRIORITY) {
    let s = 0;
    for (const [re, w] of CUES[intent]) if (re.test(text)) s += w;
    scores.set(intent, s);
  }
  // Slots are evidence too: a metric makes a data question likely; a segment makes a campaign likely.
  if (slots.metrics?.length) scores.set('query_metrics', scores.get('query_metrics')! + 1.5);
  if (slots.segment) scores.set('create_campaign', scores.get('create_campaign')! + 2);
  if (slots.range || slots.dimension) scores.set('query_metrics', scores.get('query_metrics')! + 0.5);
  if (slots.recommendationKind && /\b(any|show|list|what|which)\b/.test(text)) scores.set('list_recommendations', scores.get('list_recommendations')! + 1.5);
  // "why did X drop" must not become a query, and a recommendation named in an apply is not a listing.
  if (scores.get('apply_recommendation')! >= 4) scores.set('list_recommendations', 0);
  if (/\bcampaigns?\b/.test(text) && scores.get('create_campaign')! >= 3 && !slots.segment && /\b(show|list|which|top|best|worst|how)\b/.test(text) && !/\b(create|set up|setup|build|draft|new)\b/.test(text)) {
    scores.set('create_campaign', 0);
  }
  let best: Exclude<Intent, 'unknown'> | undefined;
  for (const intent of INTENT_PRIORITY) if (!best || scores.get(intent)! > scores.get(best)!) best = intent;
  const score = best ? scores.get(best)! : 0;
  return score >= 1.5 ? { intent: best!, score } : { intent: 'unknown', score };
}
