/**
 * What the embed API's fast lane (scripts/lib/embed-fast-lane.ts) and the route wrapper (withEmbed) tell each other,
 * through global symbols on the Request and the Response, so that a JSON answer the lane will write goes out without
 * a Web body stream on either side (each costs tens of microseconds a request). Through Next, neither is set and
 * nothing changes.
 */

/** Set on a Request the lane built: the response may carry its JSON text under JSON_TEXT instead of a body stream. */
export const FAST_LANE_REQUEST = Symbol.for('stratum.fast-lane.request');

/** A Response's whole JSON body as text (the Response itself has no body). */
export const JSON_TEXT = Symbol.for('stratum.fast-lane.json-text');

type Marked = { [FAST_LANE_REQUEST]?: true };
type WithText = { [JSON_TEXT]?: string };

export function isFastLaneRequest(request: Request): boolean {
  return (request as Request & Marked)[FAST_LANE_REQUEST] === true;
}

export function markFastLaneRequest<R extends Request>(request: R): R {
  (request as R & Marked)[FAST_LANE_REQUEST] = true;
  return request;
}

/**
 * A JSON answer: with a body (as Response.json makes it) for Next, or for the lane without one, its text alongside.
 * Either way the status and headers are the same.
 */
export function jsonResponse(request: Request, value: unknown, init: { status?: number; headers: Headers }): Response {
  const text = JSON.stringify(value);
  init.headers.set('content-type', 'application/json');
  if (!isFastLaneRequest(request)) return new Response(text, init);
  const response = new Response(null, init);
  (response as Response & WithText)[JSON_TEXT] = text;
  return response;
}

export function jsonTextOf(response: Response): string | undefined {
  return (response as Response & WithText)[JSON_TEXT];
}
