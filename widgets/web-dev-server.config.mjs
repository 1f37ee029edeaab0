/**
 * `npm run dev:widgets`: @web/dev-server on http://localhost:8100 serving examples/ and the widget bundle.
 * Rollup rebuilds dist/widgets on every change of widgets/src (watch mode, started here), and the page
 * reloads. /widgets/* is served from dist/widgets, as the portal serves it. /api/* (the demo token and the
 * embed API) is forwarded to the portal at STRATUM_PORTAL_URL (default http://localhost:3000), so the
 * examples get real data: start the portal with `npm start` first.
 */
import { watch } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portal = (process.env.STRATUM_PORTAL_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Rebuilds the bundle while the server runs. */
function rollupWatch() {
  let watcher;
  return {
    name: 'stratum-rollup-watch',
    async serverStart() {
      const { options, warnings } = await loadConfigFile(path.join(root, 'rollup.config.mjs'));
      warnings.flush();
      watcher = watch(options.map((option) => ({ ...option, watch: { clearScreen: false } })));
      watcher.on('event', (event) => {
        if (event.type === 'ERROR') console.error(event.error);
        if (event.type === 'BUNDLE_END') {
          console.log(`[widgets] built in ${event.duration} ms`);
          void event.result.close();
        }
      });
    },
    async serverStop() {
      await watcher?.close();
    },
  };
}

/** /api/* → the portal (demo token, embed API), with method, headers and body passed through. */
async function proxyToPortal(context, next) {
  if (!context.path.startsWith('/api/')) return next();
  const body = ['GET', 'HEAD'].includes(context.method) ? undefined : await readBody(context.req);
  const headers = { ...context.headers };
  delete headers.host;
  const response = await fetch(`${portal}${context.url}`, { method: context.method, headers, body });
  context.status = response.status;
  response.headers.forEach((value, name) => {
    if (!['content-encoding', 'content-length', 'transfer-encoding'].includes(name)) context.set(name, value);
  });
  context.body = Buffer.from(await response.arrayBuffer());
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** /widgets/* → dist/widgets/*; / → the list of examples. */
function rewriteUrls(context, next) {
  if (context.url.startsWith('/widgets/')) context.url = `/dist${context.url}`;
  else if (context.url === '/' || context.url === '/examples') context.url = '/examples/';
  return next();
}

export default {
  rootDir: root,
  port: Number(process.env.WIDGETS_DEV_PORT ?? 8100),
  hostname: 'localhost',
  nodeResolve: true,
  watch: true,
  appIndex: undefined,
  middleware: [proxyToPortal, rewriteUrls],
  plugins: [rollupWatch()],
};
