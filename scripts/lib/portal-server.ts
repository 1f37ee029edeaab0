/**
 * The portal's production server (what `npm start`, the e2e server and the benchmarks run): Next's own request
 * handler behind a plain Node HTTP server, with the embed API's fast lane in front of it (scripts/lib/embed-fast-lane.ts).
 *   node --import tsx scripts/lib/portal-server.ts      (env: PORT, NEXT_DIST_DIR, EMBED_FAST_LANE=0 to serve everything through Next)
 * Equivalent to `next start portal -p $PORT` otherwise; expects a current build.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { createEmbedFastLane } from './embed-fast-lane.ts';

(process.env as Record<string, string>).NODE_ENV = 'production';
const port = Number(process.env.PORT ?? 3000);
const dir = path.resolve('portal');
const app = next({ dev: false, dir, port });
await app.prepare();
const handleWithNext = app.getRequestHandler();
const distDir = path.resolve(dir, process.env.NEXT_DIST_DIR ?? '.next');
const { config } = JSON.parse(readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8')) as { config: { compress?: boolean } };
const fastLane = process.env.EMBED_FAST_LANE === '0' ? null : createEmbedFastLane({ distDir, hostname: undefined, port, compress: config.compress !== false });

const server = http.createServer((req, res) => {
  const handled = fastLane ? fastLane(req, res) : Promise.resolve(false);
  handled
    .then((done) => (done ? undefined : handleWithNext(req, res)))
    .catch((error: unknown) => {
      console.error('portal server: request failed', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});
server.listen(port, () => console.log(`portal ready on http://localhost:${port}${fastLane ? ' (embed API fast lane on)' : ''}`));

function shutdown(): void {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
