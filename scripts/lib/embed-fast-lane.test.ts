import { describe, expect, it } from 'vitest';
import { configHeadersOf, routesOf } from './embed-fast-lane.ts';

const manifest = {
  '/api/embed/v1/query/route': '/api/embed/v1/query',
  '/api/embed/v1/query/batch/route': '/api/embed/v1/query/batch',
  '/api/embed/v1/dashboards/[id]/route': '/api/embed/v1/dashboards/[id]',
  '/api/embed/v1/recommendations/[id]/apply/route': '/api/embed/v1/recommendations/[id]/apply',
  '/api/embed/v1/files/[...path]/route': '/api/embed/v1/files/[...path]',
  '/api/v1/tenants/route': '/api/v1/tenants',
  '/(portal)/p/[partner]/page': '/p/[partner]',
};

describe('embed fast lane routes', () => {
  const routes = routesOf(manifest, '/dist', ['/api/embed/v1/']);

  it('takes only app routes under the prefixes, leaving catch-alls to Next, static ones first', () => {
    expect(routes.map((r) => r.file)).toEqual([
      '/dist/server/app/api/embed/v1/query/route.js',
      '/dist/server/app/api/embed/v1/query/batch/route.js',
      '/dist/server/app/api/embed/v1/dashboards/[id]/route.js',
      '/dist/server/app/api/embed/v1/recommendations/[id]/apply/route.js',
    ]);
  });

  it('matches whole paths only and names the dynamic segments', () => {
    const dashboard = routes.find((r) => r.paramNames.includes('id') && r.file.includes('dashboards'))!;
    expect(dashboard.pattern.exec('/api/embed/v1/dashboards/abc')?.[1]).toBe('abc');
    expect(dashboard.pattern.test('/api/embed/v1/dashboards/abc/extra')).toBe(false);
    expect(dashboard.pattern.test('/api/embed/v1/dashboards/')).toBe(false);
    expect(routes[0]!.pattern.test('/api/embed/v1/query/')).toBe(false);
    expect(routes[0]!.pattern.test('/api/embed/v1/queryx')).toBe(false);
  });

  it('applies unconditional header rules and gives up on conditional ones', () => {
    const rules = configHeadersOf({ headers: [{ regex: '^/(.*)$', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }] });
    expect(rules?.[0]?.pattern.test('/api/embed/v1/query')).toBe(true);
    expect(configHeadersOf({ headers: [{ regex: '^/(.*)$', headers: [], has: [{ type: 'header', key: 'x' }] }] })).toBeNull();
  });
});
