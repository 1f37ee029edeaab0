import type { DateRange } from '../../../widgets/src/contract.ts';
import { readableOn } from '../theming/contrast.ts';
import { FONT_CHOICES } from '../theming/theme-schema.ts';
import type { ReportBrand } from './brand.ts';

const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export interface ReportEmailInput {
  brand: ReportBrand;
  tenantName: string;
  reportName: string;
  dashboardTitle: string;
  range: DateRange;
  locale: string;
  /** Link to the live report page (on the agency's domain when it has one). */
  reportUrl: string;
  attachments: string[];
  /** Content-ID of the inline logo, when there is one. */
  logoCid?: string;
}

/** The white-label email of a scheduled report: the agency's name, colours and logo; nothing of the vendor. */
export function reportEmail(input: ReportEmailInput): { subject: string; text: string; html: string } {
  const { brand } = input;
  const period = `${formatDay(input.range.from, input.locale)} – ${formatDay(input.range.to, input.locale)}`;
  const subject = `${input.reportName}: ${input.dashboardTitle} (${period})`;
  const attached = input.attachments.length ? `Attached: ${input.attachments.join(', ')}.` : '';
  const text = [
    `${input.dashboardTitle} for ${input.tenantName}`,
    `Period: ${period}`,
    '',
    attached,
    `View the live report: ${input.reportUrl}`,
    '',
    `— ${brand.senderName}`,
  ].join('\n');
  const t = brand.theme;
  const logo = input.logoCid
    ? `<img src="cid:${esc(input.logoCid)}" alt="${esc(brand.brandName)}" style="max-height:40px;max-width:200px;display:block">`
    : `<div style="font-size:20px;font-weight:700;color:${t.primaryColor}">${esc(brand.brandName)}</div>`;
  const html = `<!doctype html><html lang="${esc(input.locale)}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:24px;background:${t.backgroundColor};color:${t.textColor};font:15px/1.5 ${esc(FONT_CHOICES[t.fontFamily])}">
<div style="max-width:560px;margin:auto;background:${t.surfaceColor};border-radius:${t.radius}px;border-top:4px solid ${t.primaryColor};padding:24px">
${logo}
<h1 style="font-size:20px;margin:20px 0 4px">${esc(input.dashboardTitle)}</h1>
<p style="margin:0 0 16px;color:${t.mutedColor}">${esc(input.tenantName)} · ${esc(period)}</p>
<p>${esc(attached || 'Your scheduled report is ready.')}</p>
<p><a href="${esc(input.reportUrl)}" style="display:inline-block;background:${t.primaryColor};color:${readableOn(t.primaryColor)};padding:10px 16px;border-radius:${t.radius}px;text-decoration:none">View the live report</a></p>
<p style="color:${t.mutedColor};font-size:13px;margin-top:24px">${esc(input.reportName)} — sent by ${esc(brand.senderName)}.</p>
</div></body></html>`;
  return { subject, text, html };
}
