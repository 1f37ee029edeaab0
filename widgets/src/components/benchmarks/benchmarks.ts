import { msg, str } from '@lit/localize';
import { html, svg, type TemplateResult } from 'lit';
import { BENCHMARK_METRICS, type BenchmarkFigure, type BenchmarkMetric, type BenchmarkResult } from '../../contract.js';
import { formatInteger, formatMetric } from '../../core/format.js';
import { metricLabel } from '../../core/labels.js';
import type { EmbedSession } from '../../core/session.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { StratumRangedResource } from '../attribution/ranged-resource.js';
import { reportWidgetStyles } from '../attribution/report-widget.styles.js';
import { benchmarksStyles } from './benchmarks.styles.js';

/**
 * Where the tenant sits among its peers: the peers' quartile band, their median, the tenant's marker. The scale runs
 * over all four values with some room, so a figure far outside the band still shows. Geometry in attributes (CSP).
 */
function rangeBar(figure: BenchmarkFigure) {
  const values = [figure.p25, figure.median, figure.p75, ...(figure.tenant === null ? [] : [figure.tenant])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.1;
  const x = (v: number) => ((v - (low - pad)) / (high - low + 2 * pad)) * 100;
  return svg`<svg class="range-svg" viewBox="0 0 100 18" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="7" width="100" height="4" rx="2"></rect>
    <rect class="band" x=${x(figure.p25)} y="3" width=${Math.max(0.5, x(figure.p75) - x(figure.p25))} height="12" rx="2"></rect>
    <rect class="median" x=${x(figure.median) - 0.4} y="1" width="0.8" height="16"></rect>
    ${figure.tenant === null ? '' : svg`<rect class="marker" x=${x(figure.tenant) - 1.5} y="4" width="3" height="10" rx="1"></rect>`}
  </svg>`;
}

/**
 * @tagname stratum-benchmarks
 * @summary The tenant's CTR, CPA and ROAS against the median and quartiles of the opted-in companies of its industry
 * (cohorts of at least 5; no single company's figures). Without enough peers, or without opting in, it says so and
 * shows no figures.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart cohort - The sentence about the cohort.
 * @csspart table - The comparison table.
 * @csspart refused - The "not enough peers" / "not opted in" state.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 *
 * @cssproperty --stratum-benchmarks-background - Card background.
 * @cssproperty --stratum-benchmarks-better - Colour of a figure better than the median.
 * @cssproperty --stratum-benchmarks-worse - Colour of a figure worse than the median.
 * @cssproperty --stratum-benchmarks-band - Fill of the peers' quartile band.
 *
 * @event stratum-render-complete - The comparison (or the refusal) is on screen.
 * @event stratum-error - Loading failed.
 */
export class StratumBenchmarks extends StratumRangedResource<BenchmarkResult> {
  static override styles = [baseStyles, skeletonWidths, reportWidgetStyles, benchmarksStyles];


  constructor() {
    super();
    this.skeletonLines = 4;
  }

  protected resourceKey(): string {
    return this.rangeQuery();
  }

  protected load(session: EmbedSession, key: string, signal: AbortSignal): Promise<BenchmarkResult> {
    return session.json<BenchmarkResult>(`/api/embed/v1/benchmarks?${key}`, { signal });
  }

  protected defaultHeading(): string {
    return msg('Industry benchmarks', { id: 'benchmarks.heading' });
  }

  protected renderResult(result: BenchmarkResult): TemplateResult {
    if (result.status === 'refused') {
      const tooSmall = result.reason === 'COHORT_TOO_SMALL';
      return html`<div part="refused" class="state" role="status" data-reason=${result.reason}>
        <p class="state-title">${tooSmall ? msg('Not enough peers yet', { id: 'benchmarks.too-small.title' }) : msg('Benchmarks are off', { id: 'benchmarks.off.title' })}</p>
        <p class="state-message">
          ${tooSmall
            ? msg(str`Benchmarks appear once at least ${formatInteger(result.minimumCohort, this.locale)} companies in your industry take part, so that no single company's figures can be told apart.`, { id: 'benchmarks.too-small.message' })
            : msg('Benchmarks compare your figures with companies in your industry that share theirs anonymously. Ask your agency to opt in.', { id: 'benchmarks.off.message' })}
        </p>
      </div>`;
    }
    const format = (metric: BenchmarkMetric, value: number | null) => formatMetric(metric, value, { locale: this.locale, currency: result.currency });
    const figures = BENCHMARK_METRICS.map((metric) => result.figures.find((f) => f.metric === metric)).filter((f): f is BenchmarkFigure => f !== undefined);
    return html`<p part="cohort" class="note">
        ${msg(str`Compared with ${formatInteger(result.cohortSize, this.locale)} companies in ${result.industry}. The quartiles blend all of them; no single company's figures are shown.`, { id: 'benchmarks.cohort' })}
      </p>
      <div class="table-wrap">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${msg('Metric', { id: 'benchmarks.metric' })}</th>
              <th scope="col">${msg('You', { id: 'benchmarks.you' })}</th>
              <th scope="col">${msg('Lower quartile', { id: 'benchmarks.p25' })}</th>
              <th scope="col">${msg('Median', { id: 'benchmarks.median' })}</th>
              <th scope="col">${msg('Upper quartile', { id: 'benchmarks.p75' })}</th>
              <th scope="col"><span class="visually-hidden">${msg('Your place among peers', { id: 'benchmarks.place' })}</span></th>
            </tr>
          </thead>
          <tbody>
            ${figures.map(
              (f) => html`<tr data-metric=${f.metric}>
                <th scope="row">${metricLabel(f.metric)}</th>
                <td class="you" data-better=${f.better === null ? 'unknown' : String(f.better)}>
                  ${format(f.metric, f.tenant)}
                  <span class="verdict">
                    ${f.better === null ? '' : f.better ? msg('better than the median', { id: 'benchmarks.better' }) : msg('worse than the median', { id: 'benchmarks.worse' })}
                  </span>
                </td>
                <td>${format(f.metric, f.p25)}</td>
                <td>${format(f.metric, f.median)}</td>
                <td>${format(f.metric, f.p75)}</td>
                <td>${rangeBar(f)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
