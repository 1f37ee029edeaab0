import { ATTRIBUTION_MODELS, type AttributionModel, type AttributionResult } from '@stratum/contract';
import { readableOn } from '@/server/theming/contrast';
import type { ResolvedTheme } from '@/server/theming/theme-schema';

export const MODEL_LABELS: Record<AttributionModel, string> = {
  last_touch: 'Last touch',
  first_touch: 'First touch',
  linear: 'Linear',
  time_decay: 'Time decay',
  position_based: 'Position based',
};

const CHANNEL_LABELS: Record<string, string> = { meta: 'Meta', google: 'Google', tiktok: 'TikTok', linkedin: 'LinkedIn', email: 'Email' };

/**
 * Cross-channel attribution on the report: credit per channel under each model, as a comparison table and a grouped
 * bar chart (inline SVG, so it prints), with the selected model highlighted.
 */
export function AttributionSection({ result, selected, theme, locale, modelHref }: { result: AttributionResult; selected: AttributionModel; theme: ResolvedTheme; locale: string; modelHref: (model: AttributionModel) => string }) {
  if (result.paths === 0) return null;
  const palette = [theme.primaryColor, theme.accentColor, theme.positiveColor, theme.negativeColor, theme.mutedColor];
  const share = (model: AttributionModel, channel: string) => result.models.find((m) => m.model === model)?.credits.find((c) => c.channel === channel)?.share ?? 0;
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const max = Math.max(0.01, ...ATTRIBUTION_MODELS.flatMap((m) => result.channels.map((c) => share(m, c))));
  const width = 720;
  const height = 220;
  const groupWidth = width / Math.max(1, result.channels.length);
  const barWidth = (groupWidth - 24) / ATTRIBUTION_MODELS.length;
  return (
    <section className="report-section" aria-labelledby="attribution" style={{ background: theme.surfaceColor, borderRadius: theme.radius, padding: 16, marginTop: 24 }}>
      <h2 id="attribution" style={{ fontSize: 16, margin: '0 0 4px' }}>
        Attribution by channel
      </h2>
      <p style={{ margin: '0 0 12px', color: theme.mutedColor, fontSize: 13 }}>
        {num.format(result.paths)} converting journeys. Time decay halves a touch&apos;s weight every {result.halfLifeDays} days; position based gives 40 % to the first and last touch.
      </p>
      <nav className="no-print" aria-label="Attribution model" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {ATTRIBUTION_MODELS.map((model) => (
          <a
            key={model}
            href={modelHref(model)}
            aria-current={model === selected ? 'true' : undefined}
            style={{ padding: '4px 10px', borderRadius: theme.radius, border: `1px solid ${theme.primaryColor}`, background: model === selected ? theme.primaryColor : 'transparent', color: model === selected ? readableOn(theme.primaryColor) : theme.primaryColor, textDecoration: 'none', fontSize: 13 }}
          >
            {MODEL_LABELS[model]}
          </a>
        ))}
      </nav>
      <svg role="img" aria-label="Share of conversions per channel under each attribution model" viewBox={`0 0 ${width} ${height + 40}`} style={{ width: '100%', maxHeight: 280 }}>
        {result.channels.map((channel, g) => (
          <g key={channel} transform={`translate(${g * groupWidth + 12},0)`}>
            {ATTRIBUTION_MODELS.map((model, i) => {
              const h = (share(model, channel) / max) * height;
              return (
                <rect key={model} x={i * barWidth} y={height - h} width={barWidth - 2} height={h} fill={palette[i]} opacity={model === selected ? 1 : 0.45}>
                  <title>{`${CHANNEL_LABELS[channel] ?? channel}, ${MODEL_LABELS[model]}: ${pct.format(share(model, channel))}`}</title>
                </rect>
              );
            })}
            <text x={(groupWidth - 24) / 2} y={height + 18} textAnchor="middle" fontSize="13" fill={theme.textColor}>
              {CHANNEL_LABELS[channel] ?? channel}
            </text>
          </g>
        ))}
      </svg>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12, margin: '4px 0 12px' }} aria-hidden="true">
        {ATTRIBUTION_MODELS.map((model, i) => (
          <span key={model} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span style={{ width: 10, height: 10, background: palette[i], display: 'inline-block' }} /> {MODEL_LABELS[model]}
          </span>
        ))}
      </div>
      <table className="report-figures" data-testid="attribution-table">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            {ATTRIBUTION_MODELS.map((model) => (
              <th key={model} scope="col" style={model === selected ? { color: theme.primaryColor } : undefined}>
                {MODEL_LABELS[model]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.channels.map((channel) => (
            <tr key={channel}>
              <th scope="row">{CHANNEL_LABELS[channel] ?? channel}</th>
              {ATTRIBUTION_MODELS.map((model) => {
                const credit = result.models.find((m) => m.model === model)?.credits.find((c) => c.channel === channel);
                return (
                  <td key={model} className="value" style={model === selected ? { color: theme.primaryColor } : { fontWeight: 400 }}>
                    {num.format(credit?.conversions ?? 0)} <span style={{ color: theme.mutedColor, fontWeight: 400 }}>({pct.format(credit?.share ?? 0)})</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
