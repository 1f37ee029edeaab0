import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CampaignProposal, ChangeExplanation, CopilotPart, MetricAnswer, RecommendationApplyResult, RecommendationListResult } from '../../contract.js';
import { formatDate, formatMetric } from '../../core/format.js';
import { channelLabel, metricLabel } from '../../core/labels.js';
import { aiText } from '../recommendations/ai-strings.js';
import { proposalEditForm, type ProposalEdit } from './proposal-edit-form.js';

type ToolPart = Extract<CopilotPart, { toolCallId: string }>;

export interface CardContext {
  locale: string;
  language: string;
  /** Whether this proposal is the latest one and still a draft (its buttons act). */
  actionable: boolean;
  onAction(action: 'preview' | 'edit' | 'activate', proposal: CampaignProposal): void;
  previewOpen: boolean;
  /** The inline Edit form is open on this card. */
  editOpen: boolean;
  onEdit(proposal: CampaignProposal, change: ProposalEdit): void;
}

function money(n: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
}

function segmentText(p: CampaignProposal): string {
  const s = p.segment;
  switch (s.kind) {
    case 'no_purchase_days':
      return `No purchase in ${s.days} days`;
    case 'cart_abandoners':
      return `Cart abandoners, last ${s.days} days`;
    case 'lookalike_top_customers':
      return `${s.percent}% lookalike of top customers`;
    case 'all_customers':
      return 'All customers';
  }
}

function offerText(p: CampaignProposal, locale: string): string {
  const o = p.offer;
  if (!o) return '—';
  switch (o.kind) {
    case 'percent':
      return `${o.value}% off`;
    case 'fixed':
      return `${money(o.value, o.currency, locale)} off`;
    case 'free_shipping':
      return 'Free shipping';
    case 'code':
      return `Code ${o.code}${o.percent ? ` (${o.percent}% off)` : ''}`;
  }
}

export function proposalCard(p: CampaignProposal, c: CardContext): TemplateResult {
  const t = (k: Parameters<typeof aiText>[0]) => aiText(k, c.language);
  return html`<article part="proposal" class="tool-card" data-status=${p.status}>
    <h4>${p.name}</h4>
    <dl>
      <dt>${t('audience')}</dt><dd>${segmentText(p)}</dd>
      <dt>${t('offer')}</dt><dd>${offerText(p, c.locale)}</dd>
      <dt>${t('channels')}</dt><dd>${p.channels.map(channelLabel).join(', ')}</dd>
      <dt>${t('budget')}</dt><dd>${money(p.dailyBudget, p.currency, c.locale)}</dd>
      <dt>${t('schedule')}</dt><dd>${formatDate(p.schedule.start, c.locale)}${p.schedule.end ? ` – ${formatDate(p.schedule.end, c.locale)}` : ' →'}</dd>
      <dt>${t('trustGate')}</dt>
      <dd>signal health ≥ ${p.trustGate.threshold}${p.trustGate.channels.filter((g) => g.gated).length ? html` · <span class="warn">${p.trustGate.channels.filter((g) => g.gated).map((g) => `${channelLabel(g.channel)} ${g.healthScore}`).join(', ')}</span>` : nothing}</dd>
      <dt>${t('status')}</dt><dd data-field="status">${p.status}</dd>
    </dl>
    ${c.previewOpen
      ? html`<ul class="preview">${p.campaigns.map((x) => html`<li>${x.name} · ${channelLabel(x.channel)} · ${x.status}</li>`)}</ul>`
      : nothing}
    ${c.actionable && c.editOpen ? proposalEditForm(p, c.language, (change) => c.onEdit(p, change), () => c.onAction('edit', p)) : nothing}
    ${c.actionable
      ? html`<div class="tool-actions">
          <button class="button" type="button" aria-expanded=${c.previewOpen ? 'true' : 'false'} @click=${() => c.onAction('preview', p)}>${t('preview')}</button>
          <button part="edit-button" class="button" type="button" aria-expanded=${c.editOpen ? 'true' : 'false'} @click=${() => c.onAction('edit', p)}>${t('edit')}</button>
          <button part="activate-button" class="button button--primary" type="button" @click=${() => c.onAction('activate', p)}>${t('activate')}</button>
        </div>`
      : nothing}
  </article>`;
}

function bars(values: number[], label: string): TemplateResult {
  const w = 300;
  const h = 64;
  const max = Math.max(...values, 0) || 1;
  const bw = w / Math.max(1, values.length);
  return svg`<svg class="mini-chart" viewBox="0 0 ${w} ${h}" role="img" aria-label=${label} preserveAspectRatio="none">
    ${values.map((v, i) => svg`<rect x=${(i * bw + 1).toFixed(1)} y=${(h - (Math.max(0, v) / max) * h).toFixed(1)} width=${Math.max(1, bw - 2).toFixed(1)} height=${((Math.max(0, v) / max) * h).toFixed(1)} />`)}
  </svg>`;
}

export function metricCard(a: MetricAnswer, locale: string): TemplateResult {
  const { query, result } = a;
  const m = query.metrics[0]!;
  const fmt = (metric: typeof m, v: number | null | undefined) => formatMetric(metric, v, { locale, currency: result.currency });
  const dim = query.dimensions?.[0];
  return html`<article part="metric-answer" class="tool-card">
    <p class="totals">
      ${query.metrics.map((x) => html`<span><strong>${fmt(x, result.totals[x])}</strong> ${metricLabel(x)}</span>`)}
      <small>${formatDate(result.range.from, locale)} – ${formatDate(result.range.to, locale)}</small>
    </p>
    ${dim === 'date' && result.rows.length > 1 ? bars(result.rows.map((r) => r.values[m] ?? 0), metricLabel(m)) : nothing}
    ${dim && dim !== 'date' && result.rows.length
      ? html`<table>
          <thead><tr><th scope="col">${dim}</th>${query.metrics.map((x) => html`<th scope="col">${metricLabel(x)}</th>`)}</tr></thead>
          <tbody>
            ${result.rows.slice(0, 10).map((r) => html`<tr><th scope="row">${r.labels?.[dim] ?? (dim === 'channel' ? channelLabel(r.keys[dim] ?? '') : r.keys[dim])}</th>${query.metrics.map((x) => html`<td>${fmt(x, r.values[x])}</td>`)}</tr>`)}
          </tbody>
        </table>`
      : nothing}
  </article>`;
}

export function explanationCard(e: ChangeExplanation, locale: string): TemplateResult {
  const fmt = (v: number | null) => formatMetric(e.metric, v, { locale, currency: e.currency });
  return html`<article part="explanation" class="tool-card">
    <p class="totals"><strong>${fmt(e.previous)} → ${fmt(e.current)}</strong> ${metricLabel(e.metric)}
      ${e.deltaPct !== null ? html`<span class=${e.deltaPct >= 0 ? 'up' : 'down'}>${e.deltaPct >= 0 ? '+' : ''}${e.deltaPct.toFixed(1)}%</span>` : nothing}</p>
    ${e.drivers.length ? html`<ul>${e.drivers.map((d) => html`<li>${d.dimension === 'channel' ? channelLabel(d.key) : d.label}: ${d.delta >= 0 ? '+' : ''}${fmt(d.delta)}</li>`)}</ul>` : nothing}
    ${e.anomalies.length ? html`<ul>${e.anomalies.map((a) => html`<li>⚠ ${formatDate(a.date, locale)} · ${channelLabel(a.channel)}: ${Math.round(a.value)} vs ${Math.round(a.expected)} expected</li>`)}</ul>` : nothing}
    <p class="health">${e.signalHealth.map((s) => html`<span class=${s.gated ? 'warn' : ''}>${channelLabel(s.channel)} ${s.healthScore}</span> `)}</p>
  </article>`;
}

export function recommendationsCard(l: RecommendationListResult, locale: string): TemplateResult {
  return html`<ol part="recommendation-list" class="tool-card">
    ${l.recommendations.map((r) => html`<li>${r.reasoning.split(/(?<=\.)\s/)[0]} <small>${Math.round(r.confidence * 100)}% · ${money(r.impact.expected, r.impact.currency, locale)}</small></li>`)}
  </ol>`;
}

export function appliedCard(r: RecommendationApplyResult, locale: string): TemplateResult {
  return html`<article part="applied" class="tool-card">
    <ul>${r.changes.map((c) => html`<li>${c.field}: ${typeof c.from === 'number' ? new Intl.NumberFormat(locale).format(c.from) : String(c.from)} → ${typeof c.to === 'number' ? new Intl.NumberFormat(locale).format(c.to) : String(c.to)}</li>`)}</ul>
  </article>`;
}

/** A tool part as a card: the result when there is one, else its state (working, failed, waiting for approval). */
export function toolCard(part: ToolPart, c: CardContext): TemplateResult | typeof nothing {
  const tool = part.type.slice('tool-'.length);
  if (part.state === 'output-error') return html`<p part="tool-error" class="tool-error" role="alert">${aiText('failed', c.language)}: ${part.errorText ?? ''}</p>`;
  if (part.state === 'output-denied') return html`<p class="muted">${aiText('denied', c.language)}</p>`;
  if (part.state !== 'output-available') return part.state === 'approval-requested' ? nothing : html`<p class="muted" role="status">${aiText('working', c.language)}</p>`;
  switch (tool) {
    case 'createCampaignDraft':
    case 'activateCampaign':
      return proposalCard(part.output as CampaignProposal, c);
    case 'queryMetrics':
      return metricCard(part.output as MetricAnswer, c.locale);
    case 'explainChange':
      return explanationCard(part.output as ChangeExplanation, c.locale);
    case 'listRecommendations':
      return recommendationsCard(part.output as RecommendationListResult, c.locale);
    case 'applyRecommendation':
      return appliedCard(part.output as RecommendationApplyResult, c.locale);
    default:
      return nothing;
  }
}
