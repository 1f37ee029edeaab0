import type { Metadata } from 'next';
import { ATTRIBUTION_MODELS, type AttributionModel, type DashboardWidget } from '@stratum/contract';
import { attributionReport } from '@/server/attribution/attribution-report';
import { benchmarkReport } from '@/server/benchmarks/benchmark-report';
import { loadReportBrand } from '@/server/reports/brand';
import { formatFigure, METRIC_LABELS } from '@/server/reports/format-figure';
import { resolveReportAccess } from '@/server/reports/report-access';
import { headlineFigures } from '@/server/reports/report-data';
import { mintReportToken } from '@/server/reports/report-token';
import { db } from '@/lib/db';
import { toWidgetTheme } from '@/server/theming/widget-theme';
import { FONT_CHOICES } from '@/server/theming/theme-schema';
import { contrastRatio } from '@/server/theming/contrast';
import { AttributionSection } from './attribution-section';
import { BenchmarksSection } from './benchmarks-section';
import { ReadySignal } from './ready-signal';
import { ReportWidgets } from './report-widgets';

export const dynamic = 'force-dynamic';

type Params = Promise<{ tenant: string; dashboard: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

function returnPath(params: { tenant: string; dashboard: string }): string {
  return `/r/${encodeURIComponent(params.tenant)}/${encodeURIComponent(params.dashboard)}`;
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const p = await params;
  const access = await resolveReportAccess(p, await searchParams, returnPath(p));
  const brand = await loadReportBrand(db, access.tenant.id);
  const asset = (id: string | null) => (id ? `/r/${encodeURIComponent(p.tenant)}/brand-asset/${id}` : undefined);
  const icon = asset(brand.faviconAssetId);
  return {
    title: { absolute: `${access.dashboard.title} · ${brand.brandName}` },
    description: `${access.dashboard.title} for ${access.tenant.name}, by ${brand.brandName}.`,
    applicationName: brand.brandName,
    robots: { index: false, follow: false },
    icons: icon ? { icon, shortcut: icon } : { icon: 'data:,' },
  };
}

const PRINT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
.report { max-width: 1200px; margin: 0 auto; padding: 24px; }
.report-grid { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 16px; }
.report-widget { min-height: 120px; }
.report-figures { width: 100%; border-collapse: collapse; }
.report-figures th, .report-figures td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--report-border); }
.report-figures td.value { font-variant-numeric: tabular-nums; font-weight: 600; }
@media print {
  .no-print { display: none !important; }
  .report { padding: 0; max-width: none; }
  .report-widget, .report-figures, .report-section { break-inside: avoid; page-break-inside: avoid; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function widgetElement(widget: DashboardWidget, range: { from: string; to: string }) {
  const common = { from: range.from, to: range.to, label: widget.title };
  switch (widget.kind) {
    case 'kpi':
      return <stratum-kpi {...common} metric={widget.metric ?? widget.metrics?.[0] ?? 'spend'} />;
    case 'chart':
      return (
        <stratum-chart
          {...common}
          metrics={(widget.metrics?.length ? widget.metrics : [widget.metric ?? 'spend']).join(',')}
          dimension={widget.dimension ?? 'date'}
          grain={widget.grain ?? 'day'}
          type={widget.chartType ?? 'line'}
          {...(widget.limit ? { limit: String(widget.limit) } : {})}
        />
      );
    case 'table':
      return <stratum-table {...common} metrics={(widget.metrics?.length ? widget.metrics : [widget.metric ?? 'spend']).join(',')} dimension={widget.dimension ?? 'campaign'} />;
    case 'signal-health':
      return <stratum-signal-health label={widget.title} />;
    default:
      return null; // recommendations and the copilot are interactive: not part of a printed report
  }
}

/** /r/<tenant>/<dashboard>: a client's white-label report — the agency's brand only, printable to a clean PDF. */
export default async function ReportPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const p = await params;
  const search = await searchParams;
  const access = await resolveReportAccess(p, search, returnPath(p));
  const scope = { partnerId: access.tenant.partnerId, tenantId: access.tenant.id, rowFilters: {}, currency: access.tenant.currency };
  const [brand, figures, token, attribution, benchmarks] = await Promise.all([
    loadReportBrand(db, access.tenant.id),
    headlineFigures(access),
    mintReportToken(access),
    attributionReport(db, scope, { range: access.range, models: ATTRIBUTION_MODELS }),
    benchmarkReport(db, scope, { range: access.range, currency: access.tenant.currency }),
  ]);
  const selectedModel: AttributionModel = ATTRIBUTION_MODELS.find((m) => m === search.model) ?? 'linear';
  const t = brand.theme;
  // Links take the brand colour only where it is readable on the background (WCAG AA 4.5:1), else the text colour.
  const linkColor = contrastRatio(t.primaryColor, t.backgroundColor) >= 4.5 ? t.primaryColor : t.textColor;
  const locale = access.tenant.locale;
  const currency = figures.result.currency;
  const printable = access.dashboard.layout.widgets.filter((w) => widgetElement(w, access.range) !== null);
  const rangeQuery = `from=${access.range.from}&to=${access.range.to}`;
  const ticket = typeof search.ticket === 'string' && access.viewer.kind === 'ticket' ? `&ticket=${encodeURIComponent(search.ticket)}` : '';
  const base = returnPath(p);
  const period = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(new Date(`${access.range.from}T00:00:00Z`), new Date(`${access.range.to}T00:00:00Z`));
  const style = {
    '--report-primary': t.primaryColor,
    '--report-border': `${t.mutedColor}33`,
    background: t.backgroundColor,
    color: t.textColor,
    fontFamily: FONT_CHOICES[t.fontFamily],
    minHeight: '100vh',
  } as React.CSSProperties;
  return (
    <div style={style} data-report-brand={brand.brandName}>
      <style>{PRINT_CSS}</style>
      <ReadySignal expected={printable.length} />
      <main className="report">
        <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, borderBottom: `3px solid ${t.primaryColor}`, paddingBottom: 16, marginBottom: 24 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
            {brand.logoAssetId ? (
              <img src={`/r/${encodeURIComponent(p.tenant)}/brand-asset/${brand.logoAssetId}`} alt={brand.brandName} style={{ maxHeight: 44, maxWidth: 200 }} />
            ) : (
              <span style={{ fontSize: 22, fontWeight: 700, color: t.primaryColor }}>{brand.brandName}</span>
            )}
            <div>
              <h1 style={{ fontSize: 22, fontWeight: 700, margin: 0 }}>{access.dashboard.title}</h1>
              <p style={{ margin: 0, color: t.mutedColor }}>
                {access.tenant.name} · {period}
              </p>
            </div>
          </div>
          <nav className="no-print" aria-label="Export" style={{ display: 'flex', gap: 8 }}>
            <a href={`${base}/export.pdf?${rangeQuery}${ticket}`} style={{ color: linkColor }}>
              Download PDF
            </a>
            <a href={`${base}/export.csv?${rangeQuery}${ticket}`} style={{ color: linkColor }}>
              Download CSV
            </a>
            {access.viewer.kind === 'user' ? (
              <a href={`/reports/${encodeURIComponent(access.partner.slug)}`} style={{ color: linkColor }}>
                Schedule by email
              </a>
            ) : null}
          </nav>
        </header>

        <section className="report-section" aria-labelledby="key-figures" style={{ background: t.surfaceColor, borderRadius: t.radius, padding: 16, marginBottom: 24 }}>
          <h2 id="key-figures" style={{ fontSize: 16, margin: '0 0 8px' }}>
            Key figures
          </h2>
          <table className="report-figures" data-testid="report-figures">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">{period}</th>
              </tr>
            </thead>
            <tbody>
              {figures.metrics.map((metric) => (
                <tr key={metric} data-metric={metric}>
                  <th scope="row">{METRIC_LABELS[metric]}</th>
                  <td className="value">{formatFigure(metric, figures.result.totals[metric], locale, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <ReportWidgets
          tokenUrl={`${base}/token?${rangeQuery}${ticket}`}
          token={token.token}
          theme={toWidgetTheme(t)}
          colorScheme={t.colorScheme === 'dark' ? 'dark' : 'light'}
          locale={locale}
          currency={currency}
        >
          <div className="report-grid">
            {printable.map((widget) => (
              <div key={widget.id} className="report-widget" data-widget-id={widget.id} style={{ gridColumn: `span ${Math.min(12, Math.max(1, widget.layout.w))}` }}>
                {widgetElement(widget, access.range)}
              </div>
            ))}
          </div>
        </ReportWidgets>
        <AttributionSection
          result={attribution}
          selected={selectedModel}
          theme={t}
          locale={locale}
          modelHref={(model) => `${base}?${rangeQuery}&model=${model}${ticket}#attribution`}
        />
        <BenchmarksSection result={benchmarks} theme={t} locale={locale} />
        <footer style={{ marginTop: 32, color: t.mutedColor, fontSize: 12 }}>
          {brand.brandName} · {access.tenant.name}
        </footer>
      </main>
    </div>
  );
}
