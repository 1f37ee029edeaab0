import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { knownMetrics, tableQuery, type Metric, type MetricQuery, type QueryResult, type QueryRow } from '../../contract.js';
import { booleanish, commaList } from '../../core/attribute-converters.js';
import { StratumSelectEvent } from '../../core/events.js';
import { formatInteger, formatMetric } from '../../core/format.js';
import { isRtl } from '../../core/i18n.js';
import { channelLabel, metricLabel } from '../../core/labels.js';
import { StratumQueryElement, type QueryScope } from '../../core/query-element.js';
import { emptyTemplate } from '../../core/states.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { paginate, sortRows, toTableRows, type SortState, type TableRow } from './rows.js';
import { tableStyles } from './table.styles.js';

type TableDimension = 'campaign' | 'channel' | 'date' | 'variant';

/**
 * @tagname stratum-table
 * @summary A sortable, paginated, keyboard-navigable table of metrics by campaign, channel or date, with a CSV
 * export of exactly what the viewer's token may see.
 *
 * Keyboard: Tab reaches the sort buttons, then the grid; arrows move between cells, Home/End to the row's ends,
 * Ctrl+Home/End to the first/last row, Page Up/Down change page, Enter opens a campaign or filters by a channel.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart export - The CSV export button.
 * @csspart table - The table.
 * @csspart header-cell - Each column header.
 * @csspart row - Each body row.
 * @csspart cell - Each body cell.
 * @csspart pager - The pagination bar.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --stratum-table-background - Card background.
 * @cssproperty --stratum-table-row-hover - Background of the hovered row.
 *
 * @event stratum-select - The viewer opened a row (a campaign or channel).
 * @event stratum-render-complete - The rows are on screen.
 * @event stratum-error - Loading failed.
 */
export class StratumTable extends StratumQueryElement {
  static override styles = [baseStyles, skeletonWidths, tableStyles];

  @property({ converter: commaList }) metrics: string[] = ['spend', 'clicks', 'conversions', 'cpa', 'roas'];
  @property() dimension: TableDimension = 'campaign';
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  /** Offer the CSV export (the token also needs the `export` scope). */
  @property({ converter: booleanish }) exportable = true;
  @property() heading?: string;

  @state() private sort?: SortState;
  @state() private page = 0;
  @state() private active = { row: 0, column: 0 };
  @state() private exportProblem?: string;
  @state() private exporting = false;
  private focusAfterRender = false;

  constructor() {
    super();
    this.compare = false;
    this.skeletonLines = 5;
  }

  private get validMetrics(): Metric[] {
    return knownMetrics(this.metrics);
  }

  protected buildQuery(scope: QueryScope): MetricQuery | undefined {
    return tableQuery(this.validMetrics, this.dimension, scope);
  }

  private currentQuery(): MetricQuery | undefined {
    return this.buildQuery(this.scope());
  }

  private labelFor = (key: string, row: QueryRow): string => {
    if (key === 'other') return msg('Other', { id: 'dimension.other' });
    if (this.dimension === 'channel') return channelLabel(key);
    return row.labels?.[this.dimension] ?? key;
  };

  protected override render(): TemplateResult {
    const title = this.heading ?? this.defaultHeading();
    return html`<section part="base" class="card" aria-label=${title}>
      <header>
        <h3 part="title" class="title">${title}</h3>
        ${this.exportable
          ? html`<button part="export" class="button" type="button" ?disabled=${this.exporting} @click=${this.exportCsv}>
              ${this.exporting ? msg('Exporting…', { id: 'table.exporting' }) : msg('Export CSV', { id: 'table.export' })}
            </button>`
          : nothing}
      </header>
      ${this.exportProblem ? html`<p class="notice" role="alert">${this.exportProblem}</p>` : nothing}
      ${this.renderData()}
    </section>`;
  }

  private defaultHeading(): string {
    switch (this.dimension) {
      case 'channel':
        return msg('Channels', { id: 'table.heading.channel' });
      case 'date':
        return msg('By day', { id: 'table.heading.date' });
      default:
        return msg('Campaigns', { id: 'table.heading.campaign' });
    }
  }

  private columnName(column: 'name' | Metric): string {
    if (column !== 'name') return metricLabel(column);
    if (this.dimension === 'channel') return msg('Channel', { id: 'dimension.channel' });
    if (this.dimension === 'date') return msg('Date', { id: 'dimension.date' });
    return msg('Campaign', { id: 'dimension.campaign' });
  }

  protected renderResult(result: QueryResult): TemplateResult {
    if (!result.rows.length) return emptyTemplate();
    const metrics = this.validMetrics;
    const sort = this.sort ?? { column: metrics[0]!, direction: 'descending' as const };
    const sorted = sortRows(toTableRows(result.rows, this.dimension, this.labelFor), sort, this.locale);
    const { rows, page, pages } = paginate(sorted, this.page, this.pageSize);
    const columns: ('name' | Metric)[] = ['name', ...metrics];
    const first = page * this.pageSize + 1;
    return html`<div class="scroll">
        <table part="table" role="grid" aria-rowcount=${sorted.length + 1} aria-label=${this.heading ?? this.defaultHeading()} @keydown=${(event: KeyboardEvent) => this.onKey(event, rows.length, columns.length, pages)}>
          <thead>
            <tr aria-rowindex="1">
              ${columns.map((column) => {
                const sorted = sort.column === column;
                return html`<th part="header-cell" scope="col" aria-sort=${sorted ? sort.direction : 'none'}>
                  <button class="sort" type="button" @click=${() => this.toggleSort(column, sort)}>
                    ${this.columnName(column)}<span class="sort-icon" aria-hidden="true">${sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${rows.map((row, rowIndex) => html`<tr part="row" aria-rowindex=${first + rowIndex + 1}>
              ${columns.map((column, columnIndex) => this.renderCell(row, column, rowIndex, columnIndex, result.currency))}
            </tr>`)}
          </tbody>
        </table>
      </div>
      <div part="pager" class="pager">
        <span role="status">${msg(str`Rows ${formatInteger(first, this.locale)}–${formatInteger(first + rows.length - 1, this.locale)} of ${formatInteger(sorted.length, this.locale)}`, { id: 'table.rows' })}</span>
        <span class="pager-buttons">
          <button class="button" type="button" ?disabled=${page === 0} @click=${() => this.goToPage(page - 1, false)}>${msg('Previous', { id: 'table.previous' })}</button>
          <span>${msg(str`Page ${formatInteger(page + 1, this.locale)} of ${formatInteger(pages, this.locale)}`, { id: 'table.page' })}</span>
          <button class="button" type="button" ?disabled=${page >= pages - 1} @click=${() => this.goToPage(page + 1, false)}>${msg('Next', { id: 'table.next' })}</button>
        </span>
      </div>`;
  }

  private renderCell(row: TableRow, column: 'name' | Metric, rowIndex: number, columnIndex: number, currency: string): TemplateResult {
    const tabindex = this.active.row === rowIndex && this.active.column === columnIndex ? 0 : -1;
    const at = `${rowIndex},${columnIndex}`;
    if (column === 'name') {
      const openable = (this.dimension === 'campaign' || this.dimension === 'channel') && row.key !== 'other';
      return html`<th part="cell" scope="row" tabindex=${tabindex} data-cell=${at} @focus=${() => (this.active = { row: rowIndex, column: columnIndex })}>
        ${openable ? html`<button class="name" type="button" tabindex="-1" @click=${() => this.open(row)}>${row.label}</button>` : row.label}
      </th>`;
    }
    return html`<td part="cell" tabindex=${tabindex} data-cell=${at} @focus=${() => (this.active = { row: rowIndex, column: columnIndex })}>
      ${formatMetric(column, row.values[column], { locale: this.locale, currency })}
    </td>`;
  }

  private toggleSort(column: 'name' | Metric, current: SortState): void {
    const direction = current.column === column ? (current.direction === 'ascending' ? 'descending' : 'ascending') : column === 'name' ? 'ascending' : 'descending';
    this.sort = { column, direction };
    this.page = 0;
  }

  private goToPage(page: number, keepFocus: boolean): void {
    this.page = Math.max(0, page);
    this.focusAfterRender = keepFocus;
  }

  private open(row: TableRow): void {
    this.dispatchEvent(new StratumSelectEvent({ dimension: this.dimension, value: row.key, label: row.label }));
  }

  private onKey(event: KeyboardEvent, rowCount: number, columnCount: number, pages: number): void {
    const cell = (event.target as HTMLElement).closest('[data-cell]');
    if (!cell) return;
    const forward = isRtl(this.locale) ? 'ArrowLeft' : 'ArrowRight';
    const backward = isRtl(this.locale) ? 'ArrowRight' : 'ArrowLeft';
    let { row, column } = this.active;
    switch (event.key) {
      case 'ArrowDown':
        row = Math.min(rowCount - 1, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case forward:
        column = Math.min(columnCount - 1, column + 1);
        break;
      case backward:
        column = Math.max(0, column - 1);
        break;
      case 'Home':
        column = 0;
        if (event.ctrlKey) row = 0;
        break;
      case 'End':
        column = columnCount - 1;
        if (event.ctrlKey) row = rowCount - 1;
        break;
      case 'PageDown':
        if (this.page < pages - 1) this.goToPage(this.page + 1, true);
        row = 0;
        break;
      case 'PageUp':
        if (this.page > 0) this.goToPage(this.page - 1, true);
        row = 0;
        break;
      case 'Enter':
      case ' ':
        (cell.querySelector('button.name') as HTMLButtonElement | null)?.click();
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = { row, column };
    this.focusAfterRender = true;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // New rows (other filters, range or columns) start on the first page.
    if (['filters', 'range', 'from', 'to', 'channels', 'campaigns', 'metrics', 'dimension'].some((name) => changed.has(name))) this.page = 0;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    (this.renderRoot.querySelector(`[data-cell="${this.active.row},${this.active.column}"]`) as HTMLElement | null)?.focus();
  }

  private async exportCsv(): Promise<void> {
    const query = this.currentQuery();
    if (!this.session || !query) return;
    this.exporting = true;
    this.exportProblem = undefined;
    try {
      const blob = await this.session.exportCsv(query);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${this.dimension}-${query.range.from}-${query.range.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      const apiError = this.emitError(error);
      this.exportProblem =
        apiError.kind === 'denied'
          ? msg('Your access does not include exports.', { id: 'table.export-denied' })
          : msg('The export failed. Try again.', { id: 'table.export-failed' });
    } finally {
      this.exporting = false;
    }
  }
}

