import { createServer, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  type: string;
  validSignature: boolean;
  status: number;
}

/**
 * A local webhook receiver as a careful partner would write one: verifies the Standard Webhooks signature, dedupes on
 * webhook-id, and (for the fault test) answers slowly and refuses some first attempts.
 */
export async function startWebhookReceiver(options: {
  port: number;
  secret: string;
  delayMs?: number;
  failFirstAttempt?: (id: string) => boolean;
  /** Called as each request arrives, before it is answered. */
  onRequest?: () => void;
}) {
  const received: ReceivedWebhook[] = [];
  const processed = new Set<string>();
  const verifier = new Webhook(options.secret);
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      const id = headers['webhook-id'] ?? '';
      let validSignature = true;
      let type = '';
      try {
        type = (verifier.verify(body, headers) as { type: string }).type;
      } catch {
        validSignature = false;
      }
      const firstTime = !received.some((r) => r.id === id);
      const status = !validSignature ? 401 : firstTime && options.failFirstAttempt?.(id) ? 503 : 200;
      received.push({ id, type, validSignature, status });
      if (status === 200) processed.add(id);
      options.onRequest?.();
      setTimeout(() => response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'not now'), options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}/hooks`,
    received,
    /** Ids the receiver acted on (a receiver dedupes on webhook-id, so each counts once). */
    processed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
