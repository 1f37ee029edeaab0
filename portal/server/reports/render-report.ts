import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Promise<Browser> | undefined;

/** One headless Chromium per process, started on first use (Debian's chromium where it exists). */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium
    .launch({ ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM } : process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}), args: ARGS })
    .then((b) => {
      b.on('disconnected', () => (browser = undefined));
      return b;
    });
  return browser;
}

export async function closeRenderer(): Promise<void> {
  const current = browser;
  browser = undefined;
  if (current) await (await current).close().catch(() => undefined);
}

/**
 * Opens a report page and prints it to PDF with the page's own print stylesheet. Waits until the page marks itself
 * ready (`data-report-ready` on <html>, set once every widget reported render-complete or errored) or `timeoutMs`.
 */
export async function renderPdf(url: string, options: { timeoutMs?: number; host?: string } = {}): Promise<Buffer> {
  const context = await (await sharedBrowser()).newContext({ ...(options.host ? { extraHTTPHeaders: { 'x-forwarded-host': options.host } } : {}) });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 60_000 });
    if (!response || !response.ok()) throw new Error(`the report page answered ${response?.status() ?? 'nothing'}`);
    await page.waitForSelector('html[data-report-ready]', { timeout: options.timeoutMs ?? 60_000 }).catch(() => undefined);
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
  } finally {
    await context.close();
  }
}

/** A PNG of one element of a page (a chart widget), for the PNG export. */
export async function renderElementPng(url: string, selector: string, options: { timeoutMs?: number } = {}): Promise<Buffer> {
  const context = await (await sharedBrowser()).newContext({ deviceScaleFactor: 2, viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 60_000 });
    if (!response || !response.ok()) throw new Error(`the report page answered ${response?.status() ?? 'nothing'}`);
    await page.waitForSelector('html[data-report-ready]', { timeout: options.timeoutMs ?? 60_000 }).catch(() => undefined);
    return await page.locator(selector).first().screenshot({ timeout: 10_000 });
  } finally {
    await context.close();
  }
}
