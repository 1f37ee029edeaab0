import { msg } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { CHANNELS, DATE_RANGE_PRESETS, type Channel, type DateRangePreset, type FilterValue } from '../../contract.js';
import { isIsoDate, presetRange } from '../../core/dates.js';
import type { FilterState } from '../../core/events.js';
import { channelLabel, presetLabel } from '../../core/labels.js';
import { baseStyles } from '../../core/styles.js';
import { filterBarStyles } from './filter-bar.styles.js';

/** Internal: the filter bar's proposal, which its dashboard applies and reports as stratum-filter-change. */
export class FilterBarChangeEvent extends Event {
  constructor(readonly state: FilterState) {
    super('filter-bar-change');
  }
}

/**
 * @tagname stratum-filter-bar
 * @summary The filter bar of a dashboard: date range presets (or a custom range), compare to the previous period,
 * channel and campaign. Native controls, so every part works with the keyboard and assistive technology.
 *
 * @csspart base - The bar.
 * @csspart range - The date range select.
 * @csspart from - The custom range start.
 * @csspart to - The custom range end.
 * @csspart compare - The compare checkbox's label.
 * @csspart channel - The channel select.
 * @csspart campaign - The campaign select.
 * @csspart reset - The reset button.
 *
 * @cssproperty --stratum-filter-bar-background - Background of the bar.
 */
export class StratumFilterBar extends LitElement {
  static override styles = [baseStyles, filterBarStyles];

  @property({ attribute: false }) state?: FilterState;
  @property({ attribute: false }) channelOptions: FilterValue[] = [];
  @property({ attribute: false }) campaignOptions: FilterValue[] = [];
  /** "Today" for presets (YYYY-MM-DD). */
  @property() today = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private propose(next: Partial<FilterState>): void {
    if (!this.state) return;
    this.dispatchEvent(new FilterBarChangeEvent({ ...this.state, ...next }));
  }

  private onPreset(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as DateRangePreset | 'custom';
    if (value === 'custom') this.propose({ preset: 'custom' });
    else this.propose({ preset: value, range: presetRange(value, this.today) });
  }

  private onDate(edge: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!this.state || !isIsoDate(value)) return;
    const range = { ...this.state.range, [edge]: value };
    if (range.from > range.to) return;
    this.propose({ preset: 'custom', range });
  }

  private onChannel(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.propose({ channels: (CHANNELS as readonly string[]).includes(value) ? [value as Channel] : [] });
  }

  private onCampaign(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.propose({ campaignIds: value ? [value] : [] });
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    const channel = state.channels.length === 1 ? state.channels[0] : '';
    const campaign = state.campaignIds.length === 1 ? state.campaignIds[0] : '';
    return html`<div part="base" class="card" role="group" aria-label=${msg('Filters', { id: 'filters.label' })}>
      <label>
        ${msg('Date range', { id: 'filters.range' })}
        <select part="range" @change=${this.onPreset}>
          ${[...DATE_RANGE_PRESETS, 'custom' as const].map((preset) => html`<option value=${preset} ?selected=${state.preset === preset}>${presetLabel(preset)}</option>`)}
        </select>
      </label>
      ${state.preset === 'custom'
        ? html`<label>${msg('From', { id: 'filters.from' })}
              <input part="from" type="date" .value=${state.range.from} max=${state.range.to} @change=${(event: Event) => this.onDate('from', event)} /></label>
            <label>${msg('To', { id: 'filters.to' })}
              <input part="to" type="date" .value=${state.range.to} min=${state.range.from} @change=${(event: Event) => this.onDate('to', event)} /></label>`
        : nothing}
      <label>
        ${msg('Channel', { id: 'dimension.channel' })}
        <select part="channel" @change=${this.onChannel}>
          <option value="" ?selected=${!channel}>${msg('All channels', { id: 'filters.all-channels' })}</option>
          ${(this.channelOptions.length ? this.channelOptions : CHANNELS.map((value) => ({ value, label: value }))).map(
            (option) => html`<option value=${option.value} ?selected=${channel === option.value}>${channelLabel(option.value)}</option>`,
          )}
        </select>
      </label>
      <label>
        ${msg('Campaign', { id: 'dimension.campaign' })}
        <select part="campaign" @change=${this.onCampaign}>
          <option value="" ?selected=${!campaign}>${msg('All campaigns', { id: 'filters.all-campaigns' })}</option>
          ${this.campaignOptions.map((option) => html`<option value=${option.value} ?selected=${campaign === option.value}>${option.label}</option>`)}
        </select>
      </label>
      <label part="compare" class="check">
        <input type="checkbox" .checked=${state.compare} @change=${(event: Event) => this.propose({ compare: (event.target as HTMLInputElement).checked })} />
        ${msg('Compare to previous period', { id: 'filters.compare' })}
      </label>
      <span class="spacer"></span>
      <button part="reset" class="button" type="button" @click=${() => this.dispatchEvent(new Event('filter-bar-reset'))}>${msg('Reset', { id: 'filters.reset' })}</button>
    </div>`;
  }
}
