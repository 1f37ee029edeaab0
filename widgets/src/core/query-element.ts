import { initialState, Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CHANNELS, DATE_RANGE_PRESETS, type Channel, type DateRange, type DateRangePreset, type MetricQuery, type QueryFilters, type QueryResult } from '../contract.js';
import { booleanish, commaList } from './attribute-converters.js';
import { StratumElement } from './base-element.js';
import { isIsoDate, localToday, presetRange } from './dates.js';
import { StratumApiError } from './errors.js';
import type { FilterState } from './events.js';
import type { SessionChange } from './session.js';
import { errorTemplate, skeletonTemplate } from './states.js';

/** The query a widget asks for, before the widget adds its metrics and dimensions. */
export interface QueryScope {
  range: DateRange;
  compare: boolean;
  filters: QueryFilters;
}

/**
 * A widget that shows one metric query: the shared filter attributes (range, compare, channels, campaigns —
 * or a whole `filters` state set by a dashboard), fetching with abort on change, and the states.
 */
export abstract class StratumQueryElement extends StratumElement {
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

  private startedAt = 0;

  protected readonly dataTask = new Task(this, {
    task: async ([session, , key], { signal }) => {
      if (!session || !key) return initialState;
      this.startedAt = performance.now();
      return session.query(JSON.parse(key) as MetricQuery, signal);
    },
    args: () => [this.session?.ready ? this.session : undefined, this.session?.dataRevision, this.queryKey()] as const,
    onComplete: (result) => {
      void this.updateComplete.then(() => this.dataRendered(result, this.startedAt));
    },
    onError: (error) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.emitError(error);
    },
  });

  /** The widget's query for this scope, or undefined when it lacks what it needs (e.g. no metric). */
  protected abstract buildQuery(scope: QueryScope): MetricQuery | undefined;

  /** Renders a result (fresh, or stale while the next one loads). */
  protected abstract renderResult(result: QueryResult): TemplateResult;

  protected skeletonLines = 3;

  /** Called once the result is in the DOM; charts override it to wait for their canvas. */
  protected dataRendered(result: QueryResult, startedAt: number): void | Promise<void> {
    this.emitRenderComplete(startedAt, result);
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

  private queryKey(): string | undefined {
    const query = this.buildQuery(this.scope());
    return query ? JSON.stringify(query) : undefined;
  }

  protected override sessionChanged(change: SessionChange): void {
    if (change === 'token' && this.dataTask.status === TaskStatus.ERROR && StratumApiError.from(this.dataTask.error).kind === 'expired') {
      void this.dataTask.run();
    }
  }

  /** Skeleton, error, or the result (kept on screen, marked busy, while a new one loads). */
  protected renderData(): TemplateResult {
    const task = this.dataTask;
    if (task.status === TaskStatus.ERROR) {
      const error = StratumApiError.from(task.error);
      const canRetry = error.retryable || (error.kind === 'expired' && this.session?.hasTokenProvider === true);
      return errorTemplate(error, canRetry ? () => void task.run() : undefined);
    }
    const result = task.value;
    if (!result) return skeletonTemplate(this.skeletonLines);
    return html`<div part="content" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>${this.renderResult(result)}</div>`;
  }
}

function compactFilters(channels: readonly Channel[], campaignIds: readonly string[]): QueryFilters {
  const filters: QueryFilters = {};
  if (channels.length) filters.channels = [...channels];
  if (campaignIds.length) filters.campaignIds = [...campaignIds];
  return filters;
}
