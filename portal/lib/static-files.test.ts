import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
let widgetsGET: (request: Request, ctx: { params: Promise<{ path: string[] }> }) => Promise<Response>;
let examplesGET: (request: Request, ctx: { params: Promise<{ path?: string[] }> }) => Promise<Response>;
let safeResolve: (base: string, segments: readonly string[]) => string | null;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'stratum-static-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"stratum-embed","version":"9.9.9"}');
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  mkdirSync(path.join(root, 'dist/widgets/chunks'), { recursive: true });
  writeFileSync(path.join(root, 'dist/widgets/stratum.js'), 'export {};');
  writeFileSync(path.join(root, 'dist/widgets/chunks/chart-Ab12_-Cd.js'), 'export const x = 1;');
  symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'dist/widgets/escape.js'));
  mkdirSync(path.join(root, 'examples/plain-html'), { recursive: true });
  mkdirSync(path.join(root, 'examples/strict-csp'), { recursive: true });
  writeFileSync(path.join(root, 'examples/plain-html/index.html'), '<!doctype html><title>plain</title>');
  writeFileSync(path.join(root, 'examples/strict-csp/index.html'), '<!doctype html><title>csp</title>');
  writeFileSync(path.join(root, 'examples/.env'), 'SECRET=1');
  process.env.STRATUM_ROOT = root;
  ({ GET: widgetsGET } = await import('../app/widgets/[...path]/route'));
  ({ GET: examplesGET } = await import('../app/examples/[[...path]]/route'));
  ({ safeResolve } = await import('./static-files'));
});

afterAll(() => {
  delete process.env.STRATUM_ROOT;
  rmSync(root, { recursive: true, force: true });
});

const widget = (segments: string[]) => widgetsGET(new Request(`http://portal.test/widgets/${segments.join('/')}`), { params: Promise.resolve({ path: segments }) });
const example = (url: string, segments: string[]) => examplesGET(new Request(`http://portal.test${url}`), { params: Promise.resolve({ path: segments }) });

describe('GET /widgets/<file>', () => {
  it('serves the entry as JavaScript, open to every origin, revalidated', async () => {
    const res = await widget(['stratum.js']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toContain('must-revalidate');
    expect(await res.text()).toBe('export {};');
  });

  it('caches hashed chunks for a year', async () => {
    const res = await widget(['chunks', 'chart-Ab12_-Cd.js']);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await widget(['stratum.js'])).headers.get('etag')!;
    const res = await widgetsGET(new Request('http://portal.test/widgets/stratum.js', { headers: { 'if-none-match': etag } }), { params: Promise.resolve({ path: ['stratum.js'] }) });
    expect(res.status).toBe(304);
  });

  for (const segments of [['..', 'secret.txt'], ['..%2fsecret.txt'], ['../secret.txt'], ['..\\secret.txt'], ['chunks', '..', '..', '..', 'secret.txt'], ['escape.js'], ['stratum.js\0.png'], ['missing.js']]) {
    it(`refuses ${JSON.stringify(segments)} with 404`, async () => {
      const res = await widget(segments);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('TOP SECRET');
    });
  }
});

describe('GET /examples/<name>/', () => {
  it('redirects a folder without its trailing slash', async () => {
    const res = await example('/examples/plain-html', ['plain-html']);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://portal.test/examples/plain-html/');
  });

  it('serves index.html of a folder, without a CSP of its own', async () => {
    const res = await example('/examples/plain-html/', ['plain-html']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).toContain('<title>plain</title>');
  });

  it('serves the strict-CSP example under a strict policy', async () => {
    const res = await example('/examples/strict-csp/', ['strict-csp']);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  it('lists the examples when there is no index page', async () => {
    const res = await example('/examples/', []);
    expect(await res.text()).toContain('href="/examples/plain-html/"');
  });

  for (const segments of [['..', 'secret.txt'], ['.env'], ['plain-html', '..', '..', 'secret.txt'], ['%2e%2e', 'secret.txt']]) {
    it(`refuses ${JSON.stringify(segments)} with 404`, async () => {
      expect((await example(`/examples/${segments.join('/')}`, segments)).status).toBe(404);
    });
  }
});

describe('safeResolve', () => {
  it('keeps paths inside the base', () => {
    expect(safeResolve(path.join(root, 'examples'), ['plain-html', 'index.html'])).toBe(path.join(root, 'examples/plain-html/index.html'));
    expect(safeResolve(path.join(root, 'examples'), ['plain-html', '..', 'strict-csp'])).toBeNull();
  });
});
