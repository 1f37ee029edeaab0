/* global URLSearchParams, CustomEvent */
/**
 * Demo only: gets an embed token for the examples from the portal's demo endpoint
 * (GET /api/demo/embed-token?tenant=<slug>, present only when the demo data is loaded).
 *
 * In a real host page your own backend mints the token (see the README); nothing else here changes.
 *
 * Every <stratum-embed data-demo-token> in the page gets `apiBase`, `token` and a `tokenProvider`
 * (so the token renews itself before it expires). Elements with `data-demo-dashboard` inside it get the
 * tenant's first dashboard id (or the n-th with data-demo-dashboard="n"). The tenant is `?tenant=<slug>`
 * in the page's URL, else the embed's `data-tenant`, else the portal's default demo tenant.
 * `?locale=`, `?currency=`, `?channels=`, `?campaigns=` and `?scopes=` in the page's URL go into the token.
 * When it is done, the document receives a `demo-token-ready` event (detail: the endpoint's answer).
 */
const TOKEN_ENDPOINT = '/api/demo/embed-token';

/** Page URL parameters passed through to the endpoint (e.g. ?locale=ar or ?channels=meta,google). */
const PASSED_THROUGH = ['locale', 'currency', 'channels', 'campaigns', 'scopes'];

/** @param {string | undefined} tenant */
export async function fetchDemoToken(tenant) {
  const url = new URL(TOKEN_ENDPOINT, window.location.origin);
  if (tenant) url.searchParams.set('tenant', tenant);
  const page = new URLSearchParams(window.location.search);
  for (const name of PASSED_THROUGH) {
    const value = page.get(name);
    if (value) url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The demo token endpoint answered ${response.status}`);
  return /** @type {{ token: string, apiBase: string, tenant: unknown, dashboards: { id: string, title: string }[], today?: string }} */ (
    await response.json()
  );
}

function showProblem(embed, message) {
  const note = document.createElement('p');
  note.className = 'demo-problem';
  note.setAttribute('role', 'alert');
  note.textContent = message;
  embed.before(note);
}

async function connect(embed) {
  const tenant = new URLSearchParams(window.location.search).get('tenant') ?? embed.dataset.tenant ?? undefined;
  try {
    const demo = await fetchDemoToken(tenant);
    embed.apiBase = demo.apiBase ?? '';
    if (demo.today && !embed.getAttribute('today')) embed.today = demo.today;
    embed.tokenProvider = async () => (await fetchDemoToken(tenant)).token;
    embed.token = demo.token;
    for (const target of embed.querySelectorAll('[data-demo-dashboard]')) {
      const index = Number(target.getAttribute('data-demo-dashboard') || 0);
      const dashboard = demo.dashboards[index] ?? demo.dashboards[0];
      if (dashboard) target.setAttribute('dashboard', dashboard.id);
    }
    document.dispatchEvent(new CustomEvent('demo-token-ready', { detail: demo }));
  } catch (error) {
    showProblem(embed, `The demo needs the portal with its demo data (${error instanceof Error ? error.message : error}).`);
  }
}

for (const embed of document.querySelectorAll('stratum-embed[data-demo-token]')) void connect(embed);
