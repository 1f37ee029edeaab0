/**
 * Time to first streamed token of the copilot's built-in engine, over HTTP against a running production portal
 * with the demo data: POST /api/embed/v1/copilot with a demo embed token, timing from the request to the first
 * `text-delta` chunk of the UI message stream (and to the end of the stream). Budget: median TTFT ≤ 150 ms.
 *
 *   PORTAL_URL=http://localhost:3120 npx tsx bench/ai/copilot-ttft.ts [runs]
 *
 * The portal must run with STRATUM_DEMO=1 (npm start does; so does scripts/e2e-server.ts).
 */
import { benchTurns, timeStream, userMessage } from './ttft-common.ts';

const portal = process.env.PORTAL_URL ?? 'http://localhost:3000';
const runs = Number(process.argv[2] ?? 60);

const r = await fetch(`${portal}/api/demo/embed-token?tenant=acme-outfitters&viewer=bench-ttft`);
if (!r.ok) throw new Error(`demo token: ${r.status} ${await r.text()} — is the portal running with the demo data at ${portal}?`);
const { token } = (await r.json()) as { token: string };

await benchTurns(
  'ai-copilot-ttft',
  runs,
  async (thread, text) => {
    const started = performance.now();
    const response = await fetch(`${portal}/api/embed/v1/copilot`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(userMessage(thread, text)),
    });
    if (!response.ok || !response.body) throw new Error(`copilot: ${response.status} ${await response.text()}`);
    return timeStream(response.body, started);
  },
  { portal },
);
