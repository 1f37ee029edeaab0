/** The event types partners may subscribe to. An endpoint with an empty list receives every type. */
export const WEBHOOK_EVENT_TYPES = [
  'recommendation.applied',
  'recommendation.dismissed',
  'campaign.activated',
  'campaign.paused',
  'listing.published',
  'report.delivered',
  'report.failed',
  'metrics.ingested',
  'dashboard.updated',
  'webhook.test',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Whether an endpoint subscribed to `subscribed` (empty = all) receives `type`. */
export function endpointWants(subscribed: readonly string[], type: string): boolean {
  return subscribed.length === 0 || subscribed.includes(type);
}
