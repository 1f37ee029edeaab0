import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DATE_RANGE_PRESETS, type DateRange, type DateRangePreset } from '../../contract.js';
import { isIsoDate, localToday, presetRange } from '../../core/dates.js';
import type { FilterState } from '../../core/events.js';
import { StratumResourceElement } from '../../core/resource-element.js';

/**
 * A report widget over a date range (attribution, benchmarks): a preset or `from`/`to`, or a dashboard's whole filter
 * state, whose channels and campaigns the widget may use too.
 */
export abstract class StratumRangedResource<T> extends StratumResourceElement<T> {
  /** Date range preset, used unless `from` and `to` are set. */
  @property() range: DateRangePreset = 'last_30_days';
  /** Custom range start (YYYY-MM-DD), with `to`. */
  @property() from?: string;
  /** Custom range end (YYYY-MM-DD), inclusive. */
  @property() to?: string;
  /** The filter state a dashboard sets; its range wins over the attributes. */
  @property({ attribute: false }) filters?: FilterState;
  /** The card's heading; each widget has its own default. */
  @property() heading?: string;

  /** The heading when the host sets none, in the viewer's language. */
  protected abstract defaultHeading(): string;

  protected override render(): TemplateResult {
    const title = this.heading ?? this.defaultHeading();
    return html`<section part="base" class="card" aria-label=${title}>
      <h3 part="title" class="title">${title}</h3>
      ${this.renderData()}
    </section>`;
  }

  protected dateRange(): DateRange {
    if (this.filters) return this.filters.range;
    const preset = (DATE_RANGE_PRESETS as readonly string[]).includes(this.range) ? this.range : 'last_30_days';
    return isIsoDate(this.from) && isIsoDate(this.to) ? { from: this.from, to: this.to } : presetRange(preset, this.session?.today ?? localToday());
  }

  /** `from=…&to=…` plus any extra parameters, for an embed API GET. */
  protected rangeQuery(extra: Record<string, string[]> = {}): string {
    const params = new URLSearchParams(this.dateRange() as unknown as Record<string, string>);
    for (const [key, values] of Object.entries(extra)) if (values.length) params.set(key, values.join(','));
    return params.toString();
  }
}
