/**
 * Shared setup of the browser flows: the real server (buildApp on a fresh database with the demo
 * data, listening on a free port, serving dist/web), Debian's Chromium driven by playwright-core,
 * and an axe check that requires zero WCAG 2.1 A/AA violations.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { type App, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { freshDb } from '../helpers/db.ts';

export const webDist = 'dist/web';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to use, or null. Without one the browser tests are skipped — except on CI. */
export function findChromium(): string | null {
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (found) return found;
  const message = `No Chromium found (looked for ${candidates.filter(Boolean).join(', ')}); set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI needs the browser tests to run.`);
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! WARNING: ${message}\n!!! The browser tests (test/e2e) are SKIPPED.\n${line}\n`);
  return null;
}

export type Server = { app: App; baseUrl: string; close: () => Promise<void> };

export async function startServer(): Promise<Server> {
  if (!existsSync(resolve(webDist, 'index.html'))) {
    throw new Error(
      `${webDist}/index.html is missing: build the web app first (npm run build; npm test does it via scripts/ensure-web-build.ts).`,
    );
  }
  const testDb = await freshDb();
  await seedDemo(testDb.db);
  const config = loadConfig(
    {},
    { webDist, logLevel: 'silent', demo: true, db: { kind: 'pglite', dataDir: null }, host: '127.0.0.1', port: 0 },
  );
  const app = await buildApp({ db: testDb.db, config, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
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

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  context.setDefaultTimeout(10_000);
  return context;
}

/** Collects uncaught page errors and failed responses, so that a test can require none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Zero axe violations (WCAG 2.0/2.1 A and AA) on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<number> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(violations, `axe violations on ${where} (${page.url()})`).toEqual([]);
  return results.passes.length;
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
