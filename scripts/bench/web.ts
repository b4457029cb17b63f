/**
 * The web app in Chromium (Debian's, through playwright-core, headless): the JavaScript, CSS and
 * fonts each route loads on a cold start (gzip sizes of what was loaded, from a fresh context), the
 * whole build's totals, and the LCP of the sign-in page and a plan page, plain and throttled to
 * 1.6 Mbps / 150 ms through CDP.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import type { BenchUser } from './discover.ts';
import { median } from './stats.ts';

const chromiumPaths = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const findChromium = () => chromiumPaths.find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;

export type RouteAssets = { route: string; js: number; jsFiles: number; css: number; cssFiles: number; fonts: number; fontFormats: string[] };
export type Lcp = { page: string; plainMs: number; throttledMs: number; runs: number };
export type BuildTotals = { js: number; jsFiles: number; css: number; cssFiles: number; fonts: number; fontFormats: string[]; sourceMaps: number };
export type WebResult = { routes: RouteAssets[]; lcp: Lcp[]; build: BuildTotals; browser: string };

const gz = (buf: Buffer) => gzipSync(buf).length;
const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** All of dist/web/assets: JS and CSS gzip, fonts as they are, and whether source maps ship. */
export function buildTotals(dist = 'dist/web'): BuildTotals {
  const totals: BuildTotals = { js: 0, jsFiles: 0, css: 0, cssFiles: 0, fonts: 0, fontFormats: [], sourceMaps: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      const ext = extension(entry.name);
      if (ext === 'js') {
        totals.js += gz(readFileSync(path));
        totals.jsFiles++;
      }
      if (ext === 'css') {
        totals.css += gz(readFileSync(path));
        totals.cssFiles++;
      }
      if (ext === 'map') totals.sourceMaps++;
      if (['woff2', 'woff', 'ttf', 'otf', 'eot'].includes(ext)) {
        totals.fonts += readFileSync(path).length;
        if (!totals.fontFormats.includes(ext)) totals.fontFormats.push(ext);
      }
    }
  };
  walk(dist);
  return totals;
}

async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    // The flags of test/e2e/helpers.ts.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function newContext(browser: Browser, baseURL: string, user: BenchUser | null): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  context.setDefaultTimeout(60_000);
  if (user) {
    const answer = await context.request.post('/api/auth/login', { data: { email: user.email, password: user.password } });
    if (answer.status() !== 204) throw new Error(`sign-in as ${user.email} answered ${answer.status()}`);
  }
  return context;
}

/** What a cold load of `route` fetched: JS and CSS (gzip of each body) and fonts. */
async function routeAssets(browser: Browser, baseURL: string, route: string, user: BenchUser | null): Promise<RouteAssets> {
  const context = await newContext(browser, baseURL, user);
  const result: RouteAssets = { route, js: 0, jsFiles: 0, css: 0, cssFiles: 0, fonts: 0, fontFormats: [] };
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const ext = extension(new URL(response.url()).pathname);
      if (!['script', 'stylesheet', 'font'].includes(type)) return;
      pending.push(
        response.body().then(
          (body) => {
            if (type === 'script') {
              result.js += gz(body);
              result.jsFiles++;
            }
            if (type === 'stylesheet') {
              result.css += gz(body);
              result.cssFiles++;
            }
            if (type === 'font') {
              result.fonts += body.length;
              if (!result.fontFormats.includes(ext)) result.fontFormats.push(ext);
            }
          },
          () => undefined,
        ),
      );
    });
    await page.goto(route, { waitUntil: 'networkidle' });
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return result;
}

declare global {
  var benchLcp: number | undefined;
}

/** LCP of one cold load of `route` (ms after navigation start), optionally throttled. */
async function lcpOnce(browser: Browser, baseURL: string, route: string, user: BenchUser | null, throttled: boolean): Promise<number> {
  const context = await newContext(browser, baseURL, user);
  try {
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1_600_000 / 8,
        uploadThroughput: 750_000 / 8,
      });
    }
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.benchLcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(route, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const lcp = await page.evaluate(() => globalThis.benchLcp ?? Number.NaN);
    return lcp;
  } finally {
    await context.close();
  }
}

export async function measureWeb(baseURL: string, user: BenchUser, planId: string, runs: number): Promise<WebResult | string> {
  const executable = findChromium();
  if (!executable) return 'no Chromium found (set CHROMIUM_PATH)';
  if (!existsSync('dist/web/index.html')) return 'no web build in dist/web';
  console.error(`\n== The web app in Chromium (${(performance.now() / 1000).toFixed(0)} s into the run)`);
  const browser = await launch(executable);
  try {
    const routes: [string, BenchUser | null][] = [
      ['/log-ind', null],
      ['/', user],
      ['/planer', user],
      [`/planer/${planId}`, user],
      [`/planer/${planId}/budget`, user],
      ['/puljer', user],
      ['/kontrakter', user],
    ];
    const assets: RouteAssets[] = [];
    for (const [route, who] of routes) {
      const a = await routeAssets(browser, baseURL, route, who);
      assets.push({ ...a, route: route.replace(planId, ':id') });
      console.error(`    ${a.route.replace(planId, ':id').padEnd(24)} JS ${(a.js / 1000).toFixed(1)} kB gzip (${a.jsFiles}), CSS ${(a.css / 1000).toFixed(1)} kB (${a.cssFiles})`);
    }
    const lcp: Lcp[] = [];
    for (const [label, route, who] of [
      ['sign-in page /log-ind', '/log-ind', null],
      ['plan page /planer/:id', `/planer/${planId}`, user],
    ] as const) {
      const plain: number[] = [];
      const throttled: number[] = [];
      for (let i = 0; i < runs; i++) {
        plain.push(await lcpOnce(browser, baseURL, route, who, false));
        throttled.push(await lcpOnce(browser, baseURL, route, who, true));
      }
      lcp.push({ page: label, plainMs: median(plain), throttledMs: median(throttled), runs });
      console.error(`    LCP ${label.padEnd(24)} ${median(plain).toFixed(0)} ms plain, ${median(throttled).toFixed(0)} ms throttled`);
    }
    return { routes: assets, lcp, build: buildTotals(), browser: `${browser.browserType().name()} ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
