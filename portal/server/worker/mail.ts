import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Attachment } from 'nodemailer/lib/mailer';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Display name of the sender (the agency's, for white-label mail). */
  fromName?: string;
  /** Sender address; default REPORT_MAIL_FROM, else MAIL_FROM's address, else no-reply@ the portal's host. */
  fromAddress?: string;
  attachments?: Attachment[];
  /** A fixed Message-ID (e.g. one per report run), so a receiving system can recognise a copy. */
  messageId?: string;
}

/**
 * The sender address: REPORT_MAIL_FROM (an address), else the address inside MAIL_FROM (its display name is dropped:
 * white-label mail carries the agency's name, never the one configured for the portal's own mail), else no-reply@ the
 * portal's host.
 */
export function defaultFromAddress(): string {
  if (process.env.REPORT_MAIL_FROM) return process.env.REPORT_MAIL_FROM;
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return /<([^>]+)>/.exec(configured)?.[1] ?? configured;
  const host = (() => {
    try {
      return new URL(process.env.PORTAL_URL ?? 'http://localhost').hostname;
    } catch {
      return 'localhost';
    }
  })();
  return `no-reply@${host}`;
}

let transport: nodemailer.Transporter | undefined;
let transportUrl: string | undefined;

/**
 * The address white-label mail (reports, client sign-in links) comes from: REPORT_MAIL_FROM when the operator set one
 * (e.g. a neutral sending domain), else no-reply@ the agency's custom domain when it has one (that domain must then
 * authorise the portal's mail server: SPF/DKIM), else the default above.
 */
export function whiteLabelFromAddress(customDomain: string | null): string {
  if (process.env.REPORT_MAIL_FROM) return process.env.REPORT_MAIL_FROM;
  return customDomain ? `no-reply@${customDomain}` : defaultFromAddress();
}

/**
 * Sends mail by SMTP when SMTP_URL is set (smtp://user:pass@host:port); otherwise writes the message as an .eml file
 * into the data directory's outbox, so development and demos can read what would have been sent.
 */
export async function sendSystemMail(mail: OutgoingMail): Promise<{ messageId: string; outboxFile?: string }> {
  const from = { name: mail.fromName ?? '', address: mail.fromAddress ?? defaultFromAddress() };
  const message = { from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, ...(mail.messageId ? { messageId: mail.messageId } : {}) };
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    if (!transport || transportUrl !== smtpUrl) {
      transport = nodemailer.createTransport(smtpUrl);
      transportUrl = smtpUrl;
    }
    const info = (await transport.sendMail(message)) as { messageId: string };
    return { messageId: info.messageId };
  }
  const info = (await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message)) as { messageId: string; message: Buffer };
  const dir = path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'outbox');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
  writeFileSync(file, info.message);
  return { messageId: info.messageId, outboxFile: file };
}
