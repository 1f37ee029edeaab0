import type { IdpUser } from './demo-users.ts';

const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The IdP's sign-in page: one button per demo user, and a field for any other address on the IdP's domains. */
export function renderLoginPage(input: { uid: string; users: IdpUser[]; hint?: string; error?: string; brand?: string; protocol?: string; domain?: string }): string {
  const brand = esc(input.brand ?? 'Northwind');
  const action = `/interaction/${encodeURIComponent(input.uid)}/login`;
  const buttons = input.users
    .map((u) => `<li><form method="post" action="${action}"><input type="hidden" name="email" value="${esc(u.email)}"><button type="submit"${u.email === input.hint ? ' class="hinted" autofocus' : ''}>Sign in as ${esc(u.email)}</button><span class="role">${esc(u.role ?? '')}</span></form></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${brand} sign-in (local ${esc(input.protocol ?? 'OIDC')} identity provider)</title>
<style>
  body{font:15px/1.5 system-ui,sans-serif;background:#f4f5f7;color:#1c2430;margin:0;display:grid;place-items:center;min-height:100vh}
  main{background:#fff;border:1px solid #d8dde5;border-radius:12px;padding:28px 32px;width:min(440px,92vw)}
  h1{font-size:20px;margin:0 0 4px}p.sub{color:#4a5565;margin:0 0 18px}
  ul{list-style:none;padding:0;margin:0 0 18px;display:grid;gap:8px}
  li form{display:flex;align-items:center;gap:10px}
  button{font:inherit;cursor:pointer;border-radius:8px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;padding:8px 14px}
  ul button{flex:1;text-align:left;background:#fff;color:#1c2430;border-color:#c5ccd6}
  ul button.hinted{border-color:#1d4ed8;box-shadow:0 0 0 2px #bfdbfe}
  .role{color:#4a5565;font-size:13px;min-width:56px}
  label{display:block;font-weight:600;margin-bottom:4px}
  input[type=email]{font:inherit;width:100%;box-sizing:border-box;padding:8px 10px;border:1px solid #8a94a3;border-radius:8px;margin-bottom:10px}
  .error{color:#b42318;background:#fef3f2;border:1px solid #fecdca;padding:8px 10px;border-radius:8px}
  .cancel{background:#fff;color:#1c2430;border-color:#c5ccd6}
</style></head>
<body><main>
<h1>${brand} single sign-on</h1>
<p class="sub">Local identity provider for the Stratum demo. Choose who you are.</p>
${input.error ? `<p class="error" role="alert">${esc(input.error)}</p>` : ''}
<ul aria-label="Demo users">${buttons}</ul>
<form method="post" action="${action}">
  <label for="email">Another ${brand} address</label>
  <input id="email" name="email" type="email" required placeholder="new.hire@${esc(input.domain ?? 'northwind.test')}" value="${esc(input.hint && !input.users.some((u) => u.email === input.hint) ? input.hint : '')}">
  <button type="submit">Continue</button>
</form>
<form method="post" action="/interaction/${encodeURIComponent(input.uid)}/abort" style="margin-top:10px"><button class="cancel" type="submit">Cancel</button></form>
</main></body></html>`;
}
