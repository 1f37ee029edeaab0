import 'server-only';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** How the marketplace sends email. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The portal's outbox folder (same rule as portal/server/auth/mail.ts): <data dir>/outbox. */
function defaultOutboxDir(): string {
  return path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'outbox');
}

/**
 * Development mailer: each message becomes a JSON file in the outbox and a line in outbox.jsonl (kind
 * "marketplace"), where tests and people read it.
 */
export function outboxMailer(dir = defaultOutboxDir()): Mailer {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const at = new Date().toISOString();
      await writeFile(path.join(dir, `${at.replace(/[:.]/g, '-')}-marketplace-${randomUUID().slice(0, 8)}.json`), JSON.stringify({ ...message, at }, null, 2));
      await appendFile(path.join(dir, 'outbox.jsonl'), JSON.stringify({ at, kind: 'marketplace', to: message.to.join(','), subject: message.subject }) + '\n');
    },
  };
}

let smtp: Transporter | undefined;

/** SMTP when SMTP_URL is set (as the portal's own mail), else the outbox. */
export function portalMailer(): Mailer {
  if (!process.env.SMTP_URL) return outboxMailer();
  return {
    async send(message) {
      smtp ??= createTransport(process.env.SMTP_URL);
      await smtp.sendMail({ from: process.env.MAIL_FROM ?? 'Stratum <no-reply@stratum.localhost>', to: message.to, subject: message.subject, text: message.text });
    },
  };
}
