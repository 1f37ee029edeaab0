import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { configValuesSchema, parseManifest } from './index';
import { templateManifest } from '../testing/fixtures';

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    return (error as AppError).issues ?? [];
  }
  throw new Error('expected the manifest to be refused');
}

describe('manifests', () => {
  it('accepts a valid template and fills defaults', () => {
    const m = parseManifest('template', templateManifest());
    expect(m.kind).toBe('template');
    if (m.kind === 'template') expect(m.dashboards[0]?.layout.widgets).toHaveLength(3);
  });

  it('names the bad field of a template: an unknown metric deep in a widget', () => {
    const bad = templateManifest();
    (bad.dashboards as { layout: { widgets: { metric?: string }[] } }[])[0]!.layout.widgets[1]!.metric = 'profit';
    const issues = issuesOf(() => parseManifest('template', bad));
    expect(issues.map((i) => i.path)).toContain('manifest.dashboards.0.layout.widgets.1.metric');
  });

  it('names a widget wider than the grid and a duplicate widget id', () => {
    const bad = templateManifest();
    const widgets = (bad.dashboards as { layout: { widgets: Record<string, unknown>[] } }[])[0]!.layout.widgets;
    widgets[0]!.layout = { w: 13, h: 1 };
    widgets[2]!.id = 'spend';
    const paths = issuesOf(() => parseManifest('template', bad)).map((i) => i.path);
    expect(paths).toContain('manifest.dashboards.0.layout.widgets.0.layout.w');
    expect(paths).toContain('manifest.dashboards.0.layout.widgets.2.id');
  });

  it('refuses an empty template and unknown top-level fields', () => {
    expect(issuesOf(() => parseManifest('template', { dashboards: [], presets: [] })).map((i) => i.path)).toContain('manifest.dashboards');
    expect(issuesOf(() => parseManifest('template', { ...templateManifest(), script: 'x' }))[0]?.message).toMatch(/script/);
  });

  it('validates an integration: credential field types and metrics it feeds', () => {
    const ok = parseManifest('integration', { credentials: [{ key: 'apiToken', label: 'API token', type: 'secret', required: true }], metrics: ['spend', 'clicks'], channels: ['meta'] });
    expect(ok.kind).toBe('integration');
    const paths = issuesOf(() =>
      parseManifest('integration', { credentials: [{ key: 'apiToken', label: 'API token', type: 'password' }], metrics: ['spend', 'sales'] }),
    ).map((i) => i.path);
    expect(paths).toContain('manifest.credentials.0.type');
    expect(paths).toContain('manifest.metrics.1');
  });

  it('validates a solution: bundled slugs', () => {
    expect(issuesOf(() => parseManifest('solution', { bundles: ['Not A Slug'], description: 'x' })).map((i) => i.path)).toContain('manifest.bundles.0');
    expect(issuesOf(() => parseManifest('solution', { bundles: [], description: 'x' })).map((i) => i.path)).toContain('manifest.bundles');
  });

  it('builds install-form validation from config fields', () => {
    const schema = configValuesSchema([
      { key: 'accountId', label: 'Account', type: 'string', required: true, pattern: '^act_\\d+$' },
      { key: 'budget', label: 'Budget', type: 'number', required: false, min: 1, max: 10 },
      { key: 'mode', label: 'Mode', type: 'select', required: false, options: [{ value: 'a', label: 'A' }], default: 'a' },
    ]);
    expect(schema.parse({ accountId: 'act_12', budget: '5' })).toEqual({ accountId: 'act_12', budget: 5, mode: 'a' });
    const result = schema.safeParse({ accountId: 'nope', budget: '50' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['accountId', 'budget']));
    expect(schema.safeParse({ budget: '' }).error?.issues[0]?.path).toEqual(['accountId']);
  });

  it('reads the other spellings: schemaVersion, automationPresets, JSON Schema credentials, sync, includes', () => {
    const integration = parseManifest('integration', {
      schemaVersion: 1,
      provider: 'shopify',
      metrics: ['revenue'],
      sync: { interval: 'hourly' },
      credentials: { type: 'object', required: ['accessToken'], properties: { shopDomain: { type: 'string', title: 'Shop domain', pattern: '^[a-z]+$' }, accessToken: { type: 'string', title: 'Token', writeOnly: true, minLength: 20 } } },
    });
    expect(integration).toMatchObject({
      syncIntervalMinutes: 60,
      credentials: [
        { key: 'shopDomain', label: 'Shop domain', type: 'string', required: false, pattern: '^[a-z]+$' },
        { key: 'accessToken', label: 'Token', type: 'secret', required: true, minLength: 20 },
      ],
    });
    const solution = parseManifest('solution', { schemaVersion: 1, includes: { listings: ['shopify-orders'] }, automationPresets: [{ key: 'guardrails', name: 'Guardrails', config: { maxBudgetIncreasePct: 20 } }] });
    expect(solution).toMatchObject({ bundles: ['shopify-orders'], presets: [{ key: 'guardrails' }] });
    // Still strict about what it does not know.
    expect(issuesOf(() => parseManifest('template', { schemaVersion: 2, ...templateManifest() })).map((i) => i.path)).toContain('manifest');
  });
});
