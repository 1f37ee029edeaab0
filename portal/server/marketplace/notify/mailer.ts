import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** How the marketplace sends email; the portal's own mailer (SMTP when configured) can stand in. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Development mailer: each message becomes a JSON file in <data dir>/outbox, where tests and people read it. */
export function outboxMailer(dir = path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'outbox')): Mailer {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${Date.now()}-marketplace-${randomUUID().slice(0, 8)}.json`);
      await writeFile(file, JSON.stringify({ ...message, at: new Date().toISOString() }, null, 2));
    },
  };
}
