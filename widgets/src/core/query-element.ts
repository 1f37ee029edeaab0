import { property } from 'lit/decorators.js';
import { CHANNELS, DATE_RANGE_PRESETS, compactFilters, type Channel, type DateRangePreset, type MetricQuery, type QueryResult, type QueryScope } from '../contract.js';
import { booleanish, commaList } from './attribute-converters.js';
import { isIsoDate, localToday, presetRange } from './dates.js';
import type { FilterState } from './events.js';
import { StratumResourceElement } from './resource-element.js';
import type { EmbedSession } from './session.js';

export type { QueryScope };

/**
 * A widget that shows one metric query: the shared filter attributes (range, compare, channels, campaigns —
 * or a whole `filters` state set by a dashboard), fetching with abort on change, and the states.
 */
export abstract class StratumQueryElement extends StratumResourceElement<QueryResult> {
  /** Date range preset, used unless `from` and `to` are set. */
  @property() range: DateRangePreset = 'last_30_days';
  /** Custom range start (YYYY-MM-DD), with `to`. */
  @property() from?: string;
  /** Custom range end (YYYY-MM-DD), inclusive. */
  @property() to?: string;
  /** Compare with the previous period of equal length. */
  @property({ converter: booleanish }) compare = true;
  /** Only these channels (comma-separated). */
  @property({ converter: commaList }) channels: string[] = [];
  /** Only these campaign ids (comma-separated). */
  @property({ converter: commaList }) campaigns: string[] = [];
  /** The whole filter state (a dashboard sets it); overrides the attributes above. */
  @property({ attribute: false }) filters?: FilterState;

  /** The widget's query for this scope, or undefined when it lacks what it needs (e.g. no metric). */
  protected abstract buildQuery(scope: QueryScope): MetricQuery | undefined;

  protected resourceKey(): string | undefined {
    const query = this.buildQuery(this.scope());
    return query ? JSON.stringify(query) : undefined;
  }

  protected load(session: EmbedSession, key: string, signal: AbortSignal): Promise<QueryResult> {
    return session.query(JSON.parse(key) as MetricQuery, signal);
  }

  protected scope(): QueryScope {
    const state = this.filters;
    if (state) {
      return {
        range: state.range,
        compare: state.compare,
        filters: compactFilters(state.channels, state.campaignIds),
      };
    }
    const today = this.session?.today ?? localToday();
    const preset = (DATE_RANGE_PRESETS as readonly string[]).includes(this.range) ? this.range : 'last_30_days';
    const range = isIsoDate(this.from) && isIsoDate(this.to) ? { from: this.from, to: this.to } : presetRange(preset, today);
    const channels = this.channels.filter((channel): channel is Channel => (CHANNELS as readonly string[]).includes(channel));
    return { range, compare: this.compare, filters: compactFilters(channels, this.campaigns) };
  }
}
