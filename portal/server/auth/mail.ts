import 'server-only';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { fromRoot } from '@/lib/paths';

/**
 * Sends the portal's own mail (sign-in links, invitations). With SMTP_URL set it goes through SMTP; otherwise
 * (development, tests, the demo) each message is printed, written to <data dir>/outbox/<time>-<to>.eml and
 * appended to <data dir>/outbox/outbox.jsonl, where tests and a curious developer can find the link.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about, logged to the outbox for tests. */
  link?: string;
  kind: 'magic-link' | 'invitation';
  /** A white-label sender (the agency's name and address) instead of MAIL_FROM. */
  from?: { name: string; address: string };
}

export function outboxDir(): string {
  return process.env.STRATUM_DATA_DIR ? path.resolve(process.env.STRATUM_DATA_DIR, 'outbox') : fromRoot('.stratum', 'outbox');
}

let smtp: Transporter | undefined;

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? 'Stratum <no-reply@stratum.localhost>';
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  if (process.env.SMTP_URL) {
    smtp ??= createTransport(process.env.SMTP_URL);
    await smtp.sendMail({ from: mail.from ?? mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    return;
  }
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from: mail.from ?? mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const at = new Date().toISOString();
  const safeTo = mail.to.replace(/[^\w.@-]/g, '_');
  await writeFile(path.join(dir, `${at.replace(/[:.]/g, '-')}-${safeTo}.eml`), info.message as Buffer);
  await appendFile(path.join(dir, 'outbox.jsonl'), JSON.stringify({ at, kind: mail.kind, to: mail.to, subject: mail.subject, link: mail.link }) + '\n');
  console.log(`[mail] ${mail.kind} to ${mail.to}: ${mail.link ?? mail.subject}`);
}

const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A plain, readable HTML email with one call-to-action button. */
export function simpleHtmlMail(input: { heading: string; body: string; action: string; link: string }): string {
  return `<!doctype html><html lang="en"><body style="font:15px/1.5 system-ui,sans-serif;color:#1c2430;background:#f4f5f7;padding:24px">
<div style="max-width:480px;margin:auto;background:#fff;border:1px solid #d8dde5;border-radius:12px;padding:24px">
<h1 style="font-size:18px;margin:0 0 12px">${esc(input.heading)}</h1><p>${esc(input.body)}</p>
<p><a href="${esc(input.link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${esc(input.action)}</a></p>
<p style="color:#4a5565;font-size:13px">If you did not expect this email, you can ignore it.</p></div></body></html>`;
}
