import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DashboardDefinition, DashboardPrefetchParams, DateRangePreset, FilterValue } from '../../contract.js';
import { booleanish, commaList } from '../../core/attribute-converters.js';
import { localToday } from '../../core/dates.js';
import { warmFormats } from '../../core/format.js';
import {
  StratumDrilledEvent,
  StratumDrillEvent,
  StratumFilterChangeEvent,
  type DrillDetail,
  type ErrorDetail,
  type FilterState,
  type RenderCompleteDetail,
  type SelectDetail,
} from '../../core/events.js';
import { defaultFilterState, isPreset, mergeFilterState, readFilterStateFromUrl, sameFilterState, writeFilterStateToUrl } from '../../core/filter-state.js';
import { LAZY_TAGS, loadElement } from '../../core/lazy-elements.js';
import { StratumResourceElement } from '../../core/resource-element.js';
import type { EmbedSession } from '../../core/session.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import type { FilterBarChangeEvent } from '../filter-bar/filter-bar.js';
import { loadChartEngine } from '../chart/engine-loader.js';
import { dashboardStyles } from './dashboard.styles.js';
import { RenderWatch, widgetElementId } from './render-watch.js';
import { sizeOf, widgetTemplate } from './widget-template.js';

/**
 * @tagname stratum-dashboard
 * @summary A dashboard from the portal: a filter bar and its widgets in a responsive 12-column grid (container
 * queries: it reflows to the space the host gives it, not the viewport). The host can set the filters
 * (attributes or the `filters` property), hears every change, and can mirror them to the URL. A click on a
 * channel filters every widget; opening a campaign drills down to its daily series.
 *
 * @csspart base - The dashboard.
 * @csspart heading - Title and description.
 * @csspart filter-bar - The filter bar.
 * @csspart grid - The widget grid.
 * @csspart cell - Each grid cell.
 * @csspart drill - The drill-down panel.
 * @csspart kpi - Each KPI card (also kpi-value, kpi-delta); chart, chart-title, chart-summary; table-card, table,
 *   table-row; signal-health.
 *
 * @cssproperty --stratum-dashboard-background - Background behind the grid.
 * @cssproperty --stratum-dashboard-gap - Space between widgets.
 *
 * @event stratum-filter-change - The filters changed (detail: the whole filter state).
 * @event stratum-drill - Before a drill-down; cancelable (call preventDefault() to handle it yourself).
 * @event stratum-drilled - After the drill-down opened.
 * @event stratum-render-complete - Every widget has rendered or settled on an error, the AI ones included
 *   (detail.widget is "stratum-dashboard"; detail.widgets has each widget's own timings, in layout order).
 * @event stratum-error - The definition could not be loaded (each widget reports its own errors too).
 */
export class StratumDashboard extends StratumResourceElement<DashboardDefinition> {
  static override styles = [baseStyles, skeletonWidths, dashboardStyles];

  /** The dashboard's id. */
  @property() dashboard = '';
  /** Date range preset; default: the dashboard's own default. */
  @property() range?: DateRangePreset;
  @property() from?: string;
  @property() to?: string;
  @property({ converter: booleanish }) compare?: boolean;
  @property({ converter: commaList }) channels?: string[];
  @property({ converter: commaList }) campaigns?: string[];
  /** Mirror the filters to the page's URL (stratum-* query parameters) and read them back on load. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /** Hide the filter bar (the host drives the filters). */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;

  @state() private filterState?: FilterState;
  @state() private drill?: DrillDetail;
  private readonly renderWatch = new RenderWatch();
  private hostFilters: Partial<FilterState> = {};

  private readonly optionsTask = new Task(this, {
    task: async ([session], { signal }) => {
      if (!session) return { channels: [] as FilterValue[], campaigns: [] as FilterValue[] };
      const [channels, campaigns] = await Promise.all([
        session.filterValues('channel', signal).catch(() => ({ values: [] })),
        session.filterValues('campaign', signal).catch(() => ({ values: [] })),
      ]);
      return { channels: channels.values, campaigns: campaigns.values };
    },
    // The options wait for the first complete render, so they never compete with the widgets' data.
    args: () => [this.session?.ready && this.firstRenderDone ? this.session : undefined, this.session?.dataRevision] as const,
  });
  @state() private firstRenderDone = false;

  constructor() {
    super();
    this.skeletonLines = 6;
  }

  /** The current filter state. Setting it (partially) applies it as if the viewer had chosen it. */
  get filters(): FilterState | undefined {
    return this.filterState;
  }
  set filters(next: Partial<FilterState> | undefined) {
    if (!next) return;
    this.hostFilters = { ...this.hostFilters, ...next };
    if (this.filterState) this.applyFilters(next);
  }

  private get today(): string {
    return this.session?.today ?? localToday();
  }

  protected resourceKey(): string | undefined {
    return this.dashboard || undefined;
  }

  protected async load(session: EmbedSession, key: string, signal: AbortSignal): Promise<DashboardDefinition> {
    const definition = session.dashboard(key, signal, this.viewToPrefetch());
    // While the definition (and the data it brings) is on its way: the chart engine, which nearly every dashboard
    // shows (loaded and evaluated now, not after the widgets rendered), and the number formats' locale data, which
    // the first widget would wait for.
    void loadChartEngine().catch(() => undefined);
    setTimeout(() => warmFormats(this.locale), 0);
    const loaded = await definition;
    // The filters are known with the definition, so its first render already lays out the widgets
    // (unless another dashboard was asked for meanwhile: its own definition sets them).
    if (!this.filterState && !signal.aborted) {
      this.filterState = this.initialState(loaded);
      if (this.syncUrl) writeFilterStateToUrl(this.filterState);
    }
    return loaded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fromAttributes: Partial<FilterState> = {};
    if (changed.has('range') && isPreset(this.range)) fromAttributes.preset = this.range;
    if ((changed.has('from') || changed.has('to')) && this.from && this.to) fromAttributes.range = { from: this.from, to: this.to };
    if (changed.has('compare') && this.compare !== undefined) fromAttributes.compare = this.compare;
    if (changed.has('channels') && this.channels) fromAttributes.channels = this.channels as FilterState['channels'];
    if (changed.has('campaigns') && this.campaigns) fromAttributes.campaignIds = this.campaigns;
    if (Object.keys(fromAttributes).length) this.filters = fromAttributes;
  }

  /**
   * The view the widgets will open, for the definition to bring their data along: the current filters, or (first
   * load) what the host and the URL set — the server fills in the rest from the definition as initialState does.
   */
  private viewToPrefetch(): Omit<DashboardPrefetchParams, 'currency'> {
    const fromUrl = this.syncUrl ? readFilterStateFromUrl() : {};
    const view: Partial<FilterState> = this.filterState ?? { ...this.hostFilters, ...fromUrl };
    // As in initialState: the URL's own dates win over a preset the host set.
    if (!this.filterState && fromUrl.range && !isPreset(fromUrl.preset)) view.preset = 'custom';
    const custom = view.range && (view.preset === 'custom' || view.preset === undefined);
    return {
      today: this.today,
      ...(isPreset(view.preset) ? { range: view.preset } : {}),
      ...(custom ? { from: view.range!.from, to: view.range!.to } : {}),
      ...(view.compare !== undefined ? { compare: view.compare } : {}),
      ...(view.channels?.length ? { channels: view.channels } : {}),
      ...(view.campaignIds?.length ? { campaigns: view.campaignIds } : {}),
    };
  }

  /** First load of a definition: defaults ← dashboard's default range ← host settings ← URL. */
  private initialState(definition: DashboardDefinition): FilterState {
    const preset = isPreset(definition.layout?.defaultRange) ? definition.layout.defaultRange : 'last_30_days';
    let initial = mergeFilterState(defaultFilterState(preset, this.today), this.hostFilters, this.today);
    if (this.syncUrl) initial = mergeFilterState(initial, readFilterStateFromUrl(), this.today);
    return initial;
  }

  private applyFilters(next: Partial<FilterState>): void {
    if (!this.filterState) return;
    const merged = mergeFilterState(this.filterState, next, this.today);
    if (sameFilterState(merged, this.filterState)) return;
    this.filterState = merged;
    this.startRenderWatch();
    if (this.syncUrl) writeFilterStateToUrl(merged);
    this.dispatchEvent(new StratumFilterChangeEvent(merged));
  }

  protected override dataRendered(definition: DashboardDefinition, startedAt: number): void {
    this.renderWatch.start(definition.layout.widgets, startedAt, { first: true });
    this.watchLazyWidgets(definition);
    this.completeWhenSettled();
  }

  /** A lazily loaded element whose code cannot load never renders: it settles on an error, not pending forever. */
  private watchLazyWidgets(definition: DashboardDefinition): void {
    for (const widget of definition.layout.widgets) {
      const tag = `stratum-${widget.kind}`;
      if (!LAZY_TAGS.includes(tag)) continue;
      void loadElement(tag).then(() => {
        if (!customElements.get(tag) && this.renderWatch.failed(widgetElementId(widget), { widget: tag, code: 'NOT_LOADED' })) this.completeWhenSettled();
      });
    }
  }

  /** After a filter change: the widgets that depend on filters render again. */
  private startRenderWatch(): void {
    const definition = this.dataTask.value;
    if (definition) this.renderWatch.start(definition.layout.widgets, performance.now(), { first: false });
  }

  private completeWhenSettled(): void {
    if (!this.renderWatch.done) return;
    this.firstRenderDone = true;
    this.emitRenderComplete(this.renderWatch.startedAt, undefined, this.renderWatch.results());
  }

  private readonly onWidgetSettled = (event: Event): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target === this) return;
    const settledLast =
      event.type === 'stratum-render-complete'
        ? this.renderWatch.rendered(target.id, (event as CustomEvent<RenderCompleteDetail>).detail)
        : this.renderWatch.failed(target.id, (event as CustomEvent<ErrorDetail>).detail);
    if (settledLast) this.completeWhenSettled();
  };

  private readonly onSelect = (event: Event): void => {
    const detail = (event as CustomEvent<SelectDetail>).detail;
    if (detail.dimension === 'channel') {
      const current = this.filterState?.channels ?? [];
      const only = current.length === 1 && current[0] === detail.value;
      this.applyFilters({ channels: only ? [] : [detail.value as FilterState['channels'][number]] });
    } else if (detail.dimension === 'campaign') {
      this.openDrill({ dimension: 'campaign', value: detail.value, label: detail.label });
    }
  };

  private openDrill(detail: DrillDetail): void {
    const allowed = this.dispatchEvent(new StratumDrillEvent(detail));
    if (!allowed) return;
    this.drill = detail;
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector('#drill-heading') as HTMLElement | null)?.focus();
      this.dispatchEvent(new StratumDrilledEvent(detail));
    });
  }

  private closeDrill(): void {
    this.drill = undefined;
  }

  private listening = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.listening) return;
    this.listening = true;
    this.renderRoot.addEventListener('stratum-render-complete', this.onWidgetSettled);
    this.renderRoot.addEventListener('stratum-error', this.onWidgetSettled);
    this.renderRoot.addEventListener('stratum-select', this.onSelect);
  }

  protected override render(): TemplateResult {
    return html`<div part="base">${this.renderData()}</div>`;
  }

  protected renderResult(definition: DashboardDefinition): TemplateResult {
    const filters = this.filterState;
    const options = this.optionsTask.value;
    return html`<div part="heading" class="heading">
        <h2>${definition.title}</h2>
        ${definition.description ? html`<p class="description">${definition.description}</p>` : nothing}
      </div>
      ${filters && !this.hideFilters
        ? html`<stratum-filter-bar
            part="filter-bar"
            .state=${filters}
            .today=${this.today}
            .channelOptions=${options?.channels ?? []}
            .campaignOptions=${options?.campaigns ?? []}
            @filter-bar-change=${(event: FilterBarChangeEvent) => this.applyFilters(event.state)}
            @filter-bar-reset=${() => this.applyFilters(this.initialReset(definition))}
          ></stratum-filter-bar>`
        : nothing}
      ${filters && this.drill ? this.renderDrill(this.drill, filters) : nothing}
      ${filters
        ? html`<div part="grid" class="grid" ?hidden=${this.drill !== undefined}>
            ${definition.layout.widgets.map(
              (widget) => html`<div part="cell" class="cell" data-size=${sizeOf(widget)} data-kind=${widget.kind}>${widgetTemplate(widget, filters)}</div>`,
            )}
          </div>`
        : nothing}`;
  }

  private initialReset(definition: DashboardDefinition): FilterState {
    const preset = isPreset(definition.layout?.defaultRange) ? definition.layout.defaultRange : 'last_30_days';
    return defaultFilterState(preset, this.today);
  }

  private renderDrill(drill: DrillDetail, filters: FilterState): TemplateResult {
    const drillFilters: FilterState = { ...filters, campaignIds: [drill.value] };
    return html`<section part="drill" class="drill" aria-labelledby="drill-heading">
      <div class="drill-header">
        <h3 id="drill-heading" tabindex="-1">${msg(str`${drill.label}: daily performance`, { id: 'dashboard.drill-heading' })}</h3>
        <button class="button" type="button" @click=${this.closeDrill}>${msg('Back to dashboard', { id: 'dashboard.back' })}</button>
      </div>
      <stratum-chart id="drill-chart" type="line" metrics="spend,conversions" dimension="date" .filters=${drillFilters}></stratum-chart>
      <stratum-table id="drill-table" dimension="date" metrics="spend,impressions,clicks,conversions,cpa,roas" .filters=${drillFilters} page-size="7"></stratum-table>
    </section>`;
  }
}
