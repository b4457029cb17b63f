/**
 * Shared setup of the browser flows. `describeInBrowser` is the one way a browser test file starts:
 * it finds Chromium (without one the file is skipped with a loud warning, except on CI, where it
 * fails), and around the file's tests runs the real server (buildApp on a fresh database with the
 * demo data, listening on a free port, serving dist/web) and Debian's Chromium driven by
 * playwright-core. Pages come from `withPage`/`openPage`; `check` and `expectAccessible` require zero
 * WCAG 2.1 A/AA violations from axe and count the checks for the file's summary line.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type TestApp, startTestApp } from '../helpers/app.ts';

const webDist = 'dist/web';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to use, or null. Without one the browser tests are skipped — except on CI. */
function findChromium(): string | null {
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (found) return found;
  const message = `No Chromium found (looked for ${candidates.filter(Boolean).join(', ')}); set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI needs the browser tests to run.`);
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! WARNING: ${message}\n!!! The browser tests (test/e2e) are SKIPPED.\n${line}\n`);
  return null;
}

/** The listening server; as a TestApp it also signs demo users in for API set-up through inject(). */
export type Server = TestApp & { baseUrl: string; close: () => Promise<void> };

async function startServer(): Promise<Server> {
  if (!existsSync(resolve(webDist, 'index.html'))) {
    throw new Error(
      `${webDist}/index.html is missing: build the web app first (npm run build; npm test does it via scripts/ensure-web-build.ts).`,
    );
  }
  const testApp = await startTestApp({ plans: true, webDist });
  await testApp.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = testApp.app.server.address() as AddressInfo;
  return { ...testApp, baseUrl: `http://127.0.0.1:${port}` };
}

async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  context.setDefaultTimeout(10_000);
  return context;
}

/** What a browser test file works with; see `describeInBrowser`. */
export type BrowserTests = {
  /** The server of this file (started before its tests). */
  readonly server: Server;
  /** A new page in a fresh browser context (signed out) and the page's error list; closed after the file. */
  openPage: () => Promise<{ page: Page; errors: string[] }>;
  /** Runs `run` on a new page (as `openPage`) and closes its context afterwards, also on failure. */
  withPage: (run: (page: Page, errors: string[]) => Promise<void>) => Promise<void>;
  /** Zero axe violations (WCAG 2.0/2.1 A and AA) on the page as it is now; counted. */
  expectAccessible: (page: Page, where: string) => Promise<void>;
  /** The page has settled (and its h1 matches `heading`, if given), and has zero axe violations; counted. */
  check: (page: Page, where: string, heading?: string | RegExp) => Promise<void>;
  /** The axe checks so far. */
  readonly axeChecks: number;
};

/**
 * A describe block of browser tests with the server and Chromium started before its tests and closed
 * after them. Without a browser the block is skipped with a warning; with CI=true it fails instead.
 */
export function describeInBrowser(name: string, define: (b: BrowserTests) => void): void {
  const chromiumPath = findChromium();
  describe.skipIf(!chromiumPath)(name, () => define(useBrowser(chromiumPath!, name)));
}

function useBrowser(chromiumPath: string, name: string): BrowserTests {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let axeChecks = 0;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(chromiumPath);
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    console.log(`axe: ${axeChecks} page states checked, zero violations (${name})`);
  });

  const started = () => {
    if (!server || !browser) throw new Error('The server and the browser start in beforeAll: use them inside a test.');
    return { server, browser };
  };

  const openPage = async () => {
    const { server, browser } = started();
    const context = await newContext(browser, server.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: watchErrors(page) };
  };

  const expectAccessibleCounted = async (page: Page, where: string) => {
    await expectAccessible(page, where);
    axeChecks++;
  };

  return {
    get server() {
      return started().server;
    },
    get axeChecks() {
      return axeChecks;
    },
    openPage,
    withPage: async (run) => {
      const { page, errors } = await openPage();
      try {
        await run(page, errors);
      } finally {
        contexts.splice(contexts.indexOf(page.context()), 1);
        await page.context().close();
      }
    },
    expectAccessible: expectAccessibleCounted,
    check: async (page, where, heading) => {
      await settled(page);
      if (heading) await expect.poll(() => page.locator('h1').textContent()).toMatch(heading);
      await expectAccessibleCounted(page, where);
    },
  };
}

/** Collects uncaught page errors and failed responses, so that a test can require none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Zero axe violations (WCAG 2.0/2.1 A and AA) on the page as it is now. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(violations, `axe violations on ${where} (${page.url()})`).toEqual([]);
}

/** The page has settled: one h1, no spinner. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 10_000 }).toBe(0);
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/log-ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill('demo');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /Log af|Sign out/ }).click();
  await page.getByRole('heading', { level: 1, name: /Log ind i Boligsocial|Sign in to Boligsocial/ }).waitFor();
}
