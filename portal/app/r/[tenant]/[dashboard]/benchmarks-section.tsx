import type { BenchmarkResult } from '@stratum/contract';
import { formatFigure } from '@/server/reports/format-figure';
import type { ResolvedTheme } from '@/server/theming/theme-schema';

const LABELS = { ctr: 'Click-through rate', cpa: 'Cost per acquisition', roas: 'Return on ad spend' } as const;

/** The tenant against its industry peers (opt-in, cohorts of 5+), or why there is nothing to compare with yet. */
export function BenchmarksSection({ result, theme, locale }: { result: BenchmarkResult; theme: ResolvedTheme; locale: string }) {
  return (
    <section className="report-section" aria-labelledby="benchmarks" style={{ background: theme.surfaceColor, borderRadius: theme.radius, padding: 16, marginTop: 24 }}>
      <h2 id="benchmarks" style={{ fontSize: 16, margin: '0 0 4px' }}>
        Industry benchmarks
      </h2>
      {result.status === 'refused' ? (
        <p style={{ margin: 0, color: theme.mutedColor }} data-testid="benchmarks-refused" data-reason={result.reason}>
          {result.message}
        </p>
      ) : (
        <>
          <p style={{ margin: '0 0 12px', color: theme.mutedColor, fontSize: 13 }}>
            Compared with {result.cohortSize} participating {result.industry} companies. Quartiles blend all of them; no single company&apos;s figures are shown.
          </p>
          <table className="report-figures" data-testid="benchmarks-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">You</th>
                <th scope="col">Lower quartile</th>
                <th scope="col">Median</th>
                <th scope="col">Upper quartile</th>
              </tr>
            </thead>
            <tbody>
              {result.figures.map((f) => (
                <tr key={f.metric}>
                  <th scope="row">{LABELS[f.metric]}</th>
                  <td className="value" style={{ color: f.better === null ? undefined : f.better ? theme.positiveColor : theme.negativeColor }}>
                    {formatFigure(f.metric, f.tenant, locale, result.currency)}
                  </td>
                  <td>{formatFigure(f.metric, f.p25, locale, result.currency)}</td>
                  <td>{formatFigure(f.metric, f.median, locale, result.currency)}</td>
                  <td>{formatFigure(f.metric, f.p75, locale, result.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
