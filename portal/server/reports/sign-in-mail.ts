import 'server-only';
import { readableOn } from '../theming/contrast';
import { FONT_CHOICES } from '../theming/theme-schema';
import { whiteLabelFromAddress } from '../worker/mail';
import type { ReportBrand } from './brand';

const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface BrandedSignInMail {
  subject: string;
  text: string;
  html: string;
  link: string;
  from: { name: string; address: string };
}

/**
 * On the agency's custom domain the link must come back there (so the session cookie is set for that host, and the
 * client never sees the portal's own host): the callback and its return address move to the request's origin.
 */
export function linkOnOrigin(link: string, origin: string): string {
  const url = new URL(link);
  const target = new URL(origin);
  const callback = url.searchParams.get('callbackUrl');
  if (callback) {
    const back = new URL(callback, url.origin);
    url.searchParams.set('callbackUrl', `${target.origin}${back.pathname}${back.search}`);
  }
  return `${target.origin}${url.pathname}${url.search}`;
}

/** The sign-in email in the agency's brand: its name as sender, its colours and name in the message, nothing of ours. */
export function signInMailFor(brand: ReportBrand, link: string): Omit<BrandedSignInMail, 'link'> {
  const t = brand.theme;
  const subject = `Your sign-in link for ${brand.brandName}`;
  const text = `Sign in to ${brand.brandName}:\n\n${link}\n\nThe link works once, for 15 minutes. If you did not ask for it, you can ignore this email.\n\n— ${brand.senderName}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:24px;background:${t.backgroundColor};color:${t.textColor};font:15px/1.5 ${esc(FONT_CHOICES[t.fontFamily])}">
<div style="max-width:480px;margin:auto;background:${t.surfaceColor};border-radius:${t.radius}px;border-top:4px solid ${t.primaryColor};padding:24px">
<div style="font-size:20px;font-weight:700;color:${t.primaryColor}">${esc(brand.brandName)}</div>
<h1 style="font-size:18px;margin:16px 0 8px">Sign in to your reports</h1>
<p>The link works once, for 15 minutes.</p>
<p><a href="${esc(link)}" style="display:inline-block;background:${t.primaryColor};color:${readableOn(t.primaryColor)};padding:10px 16px;border-radius:${t.radius}px;text-decoration:none">Sign in</a></p>
<p style="color:${t.mutedColor};font-size:13px">If you did not ask for this email, you can ignore it. — ${esc(brand.senderName)}</p>
</div></body></html>`;
  return { subject, text, html, from: { name: brand.senderName, address: whiteLabelFromAddress(brand.customDomain) } };
}
