/**
 * The widget queries of the contract (widgetQuery and the functions under it): what each dashboard widget asks
 * for. The elements and the server's dashboard prefetch build their queries with these, so a change here changes
 * both sides at once — these tests pin the queries down.
 */
import { describe, expect, it } from 'vitest';
import { compactFilters, DEFAULT_TABLE_METRICS, widgetQuery, type DashboardWidget, type QueryScope, type WidgetKind } from './contract.ts';

const range = { from: '2026-10-22', to: '2026-11-20' };
const scope: QueryScope = { range, compare: true, filters: {} };
const filtered: QueryScope = { range, compare: false, filters: { channels: ['google'], campaignIds: ['c1'] } };

function widget(kind: WidgetKind, settings: Partial<DashboardWidget> = {}): DashboardWidget {
  return { id: `w-${kind}`, kind, title: kind, layout: { w: 3, h: 1 }, ...settings };
}
/** A widget whose stored settings are not what the types allow (an old or hand-edited layout). */
function loose(kind: WidgetKind, settings: Record<string, unknown>): DashboardWidget {
  return widget(kind, settings as Partial<DashboardWidget>);
}

describe('widgetQuery: kpi', () => {
  it('asks for its metric with the daily sparkline and the comparison, spend when it names none', () => {
    expect(widgetQuery(widget('kpi', { metric: 'roas' }), scope)).toEqual({ metrics: ['roas'], range, compare: true, dimensions: ['date'] });
    expect(widgetQuery(widget('kpi'), scope)).toEqual({ metrics: ['spend'], range, compare: true, dimensions: ['date'] });
  });

  it('carries compare=false and the filters only when there are some', () => {
    expect(widgetQuery(widget('kpi', { metric: 'clicks' }), filtered)).toEqual({
      metrics: ['clicks'],
      range,
      compare: false,
      dimensions: ['date'],
      filters: { channels: ['google'], campaignIds: ['c1'] },
    });
    expect(widgetQuery(widget('kpi'), scope)).not.toHaveProperty('filters');
  });

  it('asks nothing for an unknown metric', () => {
    expect(widgetQuery(loose('kpi', { metric: 'likes' }), scope)).toBeUndefined();
  });
});

describe('widgetQuery: chart', () => {
  it('a line chart: its metrics over days (its grain), no comparison, no sort, no limit', () => {
    expect(widgetQuery(widget('chart', { chartType: 'line', metrics: ['revenue', 'spend'], grain: 'week', limit: 5 }), scope)).toEqual({
      metrics: ['revenue', 'spend'],
      dimensions: ['date'],
      range,
      grain: 'week',
    });
    // No settings at all: a daily line of its metric, else spend.
    expect(widgetQuery(widget('chart'), scope)).toEqual({ metrics: ['spend'], dimensions: ['date'], range, grain: 'day' });
    expect(widgetQuery(widget('chart', { metric: 'clicks' }), scope)).toEqual({ metrics: ['clicks'], dimensions: ['date'], range, grain: 'day' });
  });

  it('a stacked bar shows its first metric per channel: over days split by channel, or by channel alone', () => {
    expect(widgetQuery(widget('chart', { chartType: 'stacked-bar', metrics: ['conversions', 'spend'] }), scope)).toEqual({
      metrics: ['conversions'],
      dimensions: ['date', 'channel'],
      range,
      grain: 'day',
    });
    expect(widgetQuery(widget('chart', { chartType: 'stacked-bar', metrics: ['conversions'], dimension: 'channel' }), scope)).toEqual({
      metrics: ['conversions'],
      dimensions: ['channel'],
      range,
      sort: { metric: 'conversions', dir: 'desc' },
    });
  });

  it('a doughnut by channel: its first metric, largest first, with its limit, and the filters', () => {
    expect(widgetQuery(widget('chart', { chartType: 'doughnut', metrics: ['spend', 'clicks'], dimension: 'channel', limit: 3 }), filtered)).toEqual({
      metrics: ['spend'],
      dimensions: ['channel'],
      range,
      sort: { metric: 'spend', dir: 'desc' },
      limit: 3,
      filters: { channels: ['google'], campaignIds: ['c1'] },
    });
  });

  it('drops unknown metrics, and asks nothing when none is left', () => {
    expect(widgetQuery(loose('chart', { chartType: 'bar', metrics: ['likes', 'ctr'], dimension: 'campaign' }), scope)).toEqual({
      metrics: ['ctr'],
      dimensions: ['campaign'],
      range,
      sort: { metric: 'ctr', dir: 'desc' },
    });
    expect(widgetQuery(loose('chart', { metrics: ['likes', 'shares'] }), scope)).toBeUndefined();
    // A stacked bar whose first metric is unknown shows the first known one.
    expect(widgetQuery(loose('chart', { chartType: 'stacked-bar', metrics: ['likes', 'revenue', 'spend'] }), scope)?.metrics).toEqual(['revenue']);
  });

  it('an unknown chart type is a line, an unknown dimension is the date', () => {
    expect(widgetQuery(loose('chart', { chartType: 'radar', dimension: 'country', metrics: ['spend'] }), scope)).toEqual({
      metrics: ['spend'],
      dimensions: ['date'],
      range,
      grain: 'day',
    });
  });
});

describe('widgetQuery: table', () => {
  it('by campaign unless it says channel or date, the default metrics, sorted by the first', () => {
    expect(widgetQuery(widget('table'), scope)).toEqual({
      metrics: [...DEFAULT_TABLE_METRICS],
      dimensions: ['campaign'],
      range,
      sort: { metric: 'spend', dir: 'desc' },
    });
    expect(widgetQuery(widget('table', { dimension: 'variant', metrics: ['clicks'] }), scope)?.dimensions).toEqual(['campaign']);
    expect(widgetQuery(widget('table', { dimension: 'channel', metrics: ['revenue', 'roas'] }), filtered)).toEqual({
      metrics: ['revenue', 'roas'],
      dimensions: ['channel'],
      range,
      sort: { metric: 'revenue', dir: 'desc' },
      filters: { channels: ['google'], campaignIds: ['c1'] },
    });
    expect(widgetQuery(widget('table', { dimension: 'date', metrics: ['spend'] }), scope)).toEqual({
      metrics: ['spend'],
      dimensions: ['date'],
      range,
      sort: { metric: 'spend', dir: 'desc' },
      grain: 'day',
    });
  });

  it('drops unknown metrics, and asks nothing when none is left', () => {
    expect(widgetQuery(loose('table', { metrics: ['likes', 'cpa'] }), scope)?.metrics).toEqual(['cpa']);
    expect(widgetQuery(loose('table', { metrics: ['likes'] }), scope)).toBeUndefined();
  });
});

describe('widgetQuery: other widgets', () => {
  it('makes no metric query for signal health, recommendations, copilot, attribution, benchmarks', () => {
    for (const kind of ['signal-health', 'recommendations', 'copilot', 'attribution', 'benchmarks'] as const) {
      expect(widgetQuery(widget(kind, { metric: 'spend', metrics: ['spend'] }), scope), kind).toBeUndefined();
    }
    // A kind this version does not know (a newer portal's layout).
    expect(widgetQuery({ ...widget('kpi'), kind: 'map' as WidgetKind }, scope)).toBeUndefined();
  });
});

describe('compactFilters', () => {
  it('leaves out empty lists, so an unfiltered query carries no filters', () => {
    expect(compactFilters([], [])).toEqual({});
    expect(compactFilters(['meta', 'google'], [])).toEqual({ channels: ['meta', 'google'] });
    expect(compactFilters([], ['c1'])).toEqual({ campaignIds: ['c1'] });
    expect(compactFilters(['email'], ['c1', 'c2'])).toEqual({ channels: ['email'], campaignIds: ['c1', 'c2'] });
  });

  it('copies the lists (a later change to the filter state does not change a built query)', () => {
    const channels: ('meta' | 'google')[] = ['meta'];
    const filters = compactFilters(channels, []);
    channels.push('google');
    expect(filters.channels).toEqual(['meta']);
  });
});
