import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2eDb } from '../reports/report-fixtures.ts';
import { PARTNER, expectNoAxeViolations, manifest, signInWithSso, unique, userOf } from './support/portal';

/**
 * SCIM 2.0 directory sync driven over real HTTP the way Okta does it: look the user up by filter, create, push a
 * group, add the user to it, deactivate with `{ op: "replace", value: { active: false } }`. The admin UI hands
 * out the token once; another partner's token gets 401 and no data.
 */
test.describe.configure({ mode: 'serial' });

const SCIM_JSON = 'application/scim+json';
const email = `${unique('scim.person')}@northwind.test`.toLowerCase();
const adminGroup = unique('Stratum Admins');
let baseUrl = '';
let token = '';
let userId = '';
let groupId = '';

function scim(request: APIRequestContext, bearer = token) {
  const headers = { Authorization: `Bearer ${bearer}`, 'Content-Type': SCIM_JSON, Accept: SCIM_JSON };
  const path = (p: string) => `${baseUrl}${p}`;
  return {
    get: (p: string, base = baseUrl) => request.get(`${base}${p}`, { headers }),
    post: (p: string, data: unknown) => request.post(path(p), { headers, data }),
    patch: (p: string, data: unknown, base = baseUrl) => request.patch(`${base}${p}`, { headers, data }),
    put: (p: string, data: unknown) => request.put(path(p), { headers, data }),
    delete: (p: string, base = baseUrl) => request.delete(`${base}${p}`, { headers }),
  };
}

async function expectScimError(response: Awaited<ReturnType<APIRequestContext['get']>>, status: number, scimType?: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain(SCIM_JSON);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  expect(body.status).toBe(String(status));
  if (scimType) expect(body.scimType).toBe(scimType);
  expect(body).not.toHaveProperty('Resources');
  return body;
}

test('owner connects a directory: token and base URL shown once, owner mapping refused, admin mapping saved', async ({ page }) => {
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}/directory-sync`);
  await expect(page.getByRole('navigation', { name: 'Partner' }).getByRole('link', { name: 'Directory sync' })).toHaveAttribute('aria-current', 'page');
  const name = unique('Okta');
  await page.getByRole('button', { name: 'Connect directory' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Role for people in no mapped group').selectOption('viewer');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  token = (await dialog.getByTestId('revealed-secret').textContent())!.trim();
  baseUrl = (await dialog.getByTestId('scim-base-url').textContent())!.trim();
  expect(token).toMatch(/^scim_[\w-]{40,}$/);
  expect(baseUrl).toMatch(/\/api\/scim\/v2\/[\w]+$/);
  await expectNoAxeViolations(page, 'directory token dialog');
  await dialog.getByRole('button', { name: 'I have stored it' }).click();

  const card = page.getByTestId(`directory-${name}`);
  await expect(card).toContainText(baseUrl);
  await page.reload();
  await expect(page.locator('body')).not.toContainText(token);

  await card.getByLabel('Directory group').fill(adminGroup);
  await card.getByLabel('Role', { exact: true }).selectOption('owner');
  await card.getByRole('button', { name: 'Save mapping' }).click();
  await expect(card.getByRole('alert')).toContainText('SCIM cannot grant the Owner role');
  await expect(card.getByTestId(`mapping-${adminGroup}`)).toHaveCount(0);

  await card.getByLabel('Role', { exact: true }).selectOption('admin');
  await card.getByRole('button', { name: 'Save mapping' }).click();
  await expect(card.getByTestId(`mapping-${adminGroup}`)).toContainText('Admin');
  await expectNoAxeViolations(page, 'directory sync page');
});

test('Okta-style provisioning: lookup, create, conflict, filters, group → admin in the members page', async ({ request, browser }) => {
  const api = scim(request);
  const config = await api.get('/ServiceProviderConfig');
  expect(config.status()).toBe(200);
  expect(config.headers()['content-type']).toContain(SCIM_JSON);
  expect(await config.json()).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  expect((await (await api.get('/ResourceTypes')).json()).Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
  expect((await api.get('/Schemas')).status()).toBe(200);

  const lookup = await api.get(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&startIndex=1&count=100`);
  expect(await lookup.json()).toMatchObject({ totalResults: 0, Resources: [] });

  const created = await api.post('/Users', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: email,
    externalId: '00u-okta-1',
    name: { givenName: 'Sky', familyName: 'Provisioned' },
    emails: [{ primary: true, value: email, type: 'work' }],
    active: true,
  });
  expect(created.status()).toBe(201);
  const user = await created.json();
  userId = user.id;
  expect(created.headers().location).toBe(`${baseUrl}/Users/${userId}`);
  expect(user).toMatchObject({ userName: email, externalId: '00u-okta-1', active: true, emails: [{ value: email }] });

  await expectScimError(await api.post('/Users', { userName: email, emails: [{ value: email }] }), 409, 'uniqueness');
  await expectScimError(await api.post('/Users', { userName: 'no-email-here' }), 400, 'invalidValue');
  await expectScimError(await api.get(`/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter');
  await expectScimError(await api.get('/Users/does-not-exist'), 404);

  const byExternal = await (await api.get(`/Users?filter=${encodeURIComponent('externalId eq "00u-okta-1"')}`)).json();
  expect(byExternal.Resources.map((r: { id: string }) => r.id)).toEqual([userId]);
  const paged = await (await api.get('/Users?startIndex=1&count=1')).json();
  expect(paged).toMatchObject({ startIndex: 1, itemsPerPage: 1 });
  expect(paged.totalResults).toBeGreaterThanOrEqual(1);

  const group = await api.post('/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: adminGroup, members: [] });
  expect(group.status()).toBe(201);
  groupId = (await group.json()).id;
  await expectScimError(await api.post('/Groups', { displayName: adminGroup }), 409, 'uniqueness');
  const added = await api.patch(`/Groups/${groupId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: userId, display: email }] }] });
  expect(added.status()).toBe(200);
  expect((await added.json()).members).toEqual([expect.objectContaining({ value: userId })]);
  const filtered = await (await api.get(`/Groups?filter=${encodeURIComponent(`displayName eq "${adminGroup}"`)}&excludedAttributes=members`)).json();
  expect(filtered.totalResults).toBe(1);
  expect(filtered.Resources[0]).not.toHaveProperty('members');

  const owner = await browser.newContext();
  const page = await owner.newPage();
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}/members`);
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue('admin');
  await owner.close();

  const membership = await e2eDb().membership.findFirst({ where: { user: { email }, partner: { slug: PARTNER }, tenantId: null }, select: { role: true, source: true } });
  expect(membership).toEqual({ role: 'admin', source: 'scim' });
});

test('the provisioned person signs in; deactivation ends their session and refuses sign-in', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSso(page, email, `/p/${PARTNER}`);
  await expect(page).toHaveURL(new RegExp(`/p/${PARTNER}$`));
  await expect(page.getByRole('navigation', { name: 'Partner' }).getByRole('link', { name: 'Members' })).toBeVisible();

  const api = scim(request);
  const deactivated = await api.patch(`/Users/${userId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] });
  expect(deactivated.status()).toBe(200);
  expect((await deactivated.json()).active).toBe(false);

  await page.goto(`/p/${PARTNER}/members`);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/p/${PARTNER}`)}`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/interaction/') || url.searchParams.has('error'));
  if (page.url().includes('/interaction/')) {
    const oneClick = page.getByRole('button', { name: `Sign in as ${email}` });
    if (await oneClick.count()) await oneClick.click();
    else {
      await page.getByLabel('Another Northwind address').fill(email);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
  }
  await expect(page).toHaveURL(/\/signin\?error=deactivated/);
  await expect(page.getByText('deactivated by your directory')).toBeVisible();
  await context.close();

  const db = e2eDb();
  const events = await db.auditEvent.findMany({ where: { actorType: 'scim', partner: { slug: PARTNER }, targetId: (await db.user.findUniqueOrThrow({ where: { email } })).id }, select: { action: true } });
  expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['scim.user.created', 'scim.user.patched', 'scim.user.deactivated']));
  const provisioned = await db.auditEvent.findMany({ where: { actorType: 'scim', action: 'member.provisioned', partner: { slug: PARTNER } }, select: { metadata: true } });
  expect(provisioned.map((e) => (e.metadata as { email?: string } | null)?.email)).toContain(email);
});

test('Azure AD-style removal from the group drops the role back to the default', async ({ request }) => {
  const api = scim(request);
  const reactivated = await api.patch(`/Users/${userId}`, { Operations: [{ op: 'Replace', path: 'active', value: 'True' }] });
  expect((await reactivated.json()).active).toBe(true);
  const removed = await api.patch(`/Groups/${groupId}`, { Operations: [{ op: 'Remove', path: `members[value eq "${userId}"]` }] });
  expect((await removed.json()).members).toEqual([]);
  const membership = await e2eDb().membership.findFirst({ where: { user: { email }, partner: { slug: PARTNER }, tenantId: null }, select: { role: true } });
  expect(membership?.role).toBe('viewer');
  expect((await e2eDb().user.findUniqueOrThrow({ where: { email } })).deactivatedAt).toBeNull();
});

test('another partner’s token gets 401 and no data; a wrong or missing token too', async ({ request }) => {
  // A directory of the second partner, with a token only this test knows.
  const other = manifest().partners.find((p) => p.slug !== PARTNER)!;
  const otherToken = `scim_${randomBytes(32).toString('base64url')}`;
  const otherDirectory = await e2eDb().scimDirectory.create({ data: { partnerId: other.id, name: unique('Other IdP'), groupRoleMap: {}, tokenHash: createHash('sha256').update(otherToken).digest('hex') } });
  const otherBase = baseUrl.replace(/[^/]+$/, otherDirectory.id);

  const intruder = scim(request, otherToken);
  for (const response of [
    await intruder.get('/Users'),
    await intruder.get(`/Users/${userId}`),
    await intruder.get(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`),
    await intruder.get('/Groups'),
    await intruder.patch(`/Users/${userId}`, { Operations: [{ op: 'replace', value: { active: false } }] }),
    await intruder.delete(`/Users/${userId}`),
  ]) {
    const body = await expectScimError(response, 401);
    expect(JSON.stringify(body)).not.toContain(email);
  }
  // Under its own directory the other partner's token sees its own (empty) directory, never this user.
  const own = await (await intruder.get('/Users', otherBase)).json();
  expect(own).toMatchObject({ totalResults: 0, Resources: [] });
  await expectScimError(await intruder.get(`/Users/${userId}`, otherBase), 404);
  await expectScimError(await intruder.patch(`/Users/${userId}`, { Operations: [{ op: 'replace', value: { active: false } }] }, otherBase), 404);
  await expectScimError(await intruder.delete(`/Groups/${groupId}`, otherBase), 404);

  await expectScimError(await scim(request, 'scim_not-a-real-token-0000000000000000000').get('/Users'), 401);
  await expectScimError(await request.get(`${baseUrl}/Users`), 401);
  // Nothing changed for the user.
  expect((await (await scim(request).get(`/Users/${userId}`)).json()).active).toBe(true);
  expect((await e2eDb().user.findUniqueOrThrow({ where: { email } })).deactivatedAt).toBeNull();
});

test('DELETE removes the user from the directory and their access', async ({ request }) => {
  const api = scim(request);
  expect((await api.delete(`/Users/${userId}`)).status()).toBe(204);
  await expectScimError(await api.get(`/Users/${userId}`), 404);
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { deactivatedAt: true, memberships: { select: { id: true } } } });
  expect(user.deactivatedAt).not.toBeNull();
  expect(user.memberships).toEqual([]);
  expect((await api.delete(`/Groups/${groupId}`)).status()).toBe(204);
});
