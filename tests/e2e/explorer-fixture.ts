import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { launchBrowser, SCREENSHOTS } from '../support/browser.ts';
import { buildClient } from '../support/client-build.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { postGraphql, type RunningServer, startServer } from '../support/http.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

/** The corpus in the run's Neo4j, the real server with the built client, and a headless Chromium. */
export interface Explorer {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startExplorer(): Promise<Explorer> {
  const driver: Driver = await testDriver();
  const { report } = await ingestPaths([CORPUS], { graph: { driver, database: DATABASE } });
  expect(report.errors).toEqual([]);
  const server = await startServer(driver, { clientDir: await buildClient() });
  const browser = await launchBrowser();
  console.log(`[e2e] screenshots in ${SCREENSHOTS}`);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/**
 * A page that records uncaught errors and Content-Security-Policy violations (the server sends
 * its strict policy), so a test can assert the app met neither.
 */
export async function openPage(
  explorer: Explorer,
  path = '/',
  width = 1440,
  height = 900,
): Promise<{ page: Page; errors: string[] }> {
  const page = await explorer.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await recordCspViolations(page, errors);
  await page.goto(`${explorer.server.url}${path}`);
  await waitForMap(page);
  return { page, errors };
}

/** The map has drawn the current state (the explorer clears aria-busy after a render). */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('#map[data-ready="true"][aria-busy="false"]', { timeout: 30_000 });
}

export async function shot(page: Page, name: string): Promise<void> {
  // Let the camera animation settle so the picture shows where it ends.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export async function appState(page: Page): Promise<Record<string, unknown>> {
  return (await page.evaluate(() => window.talkgraph?.state())) as Record<string, unknown>;
}

export async function visibleIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.talkgraph?.visible() ?? []);
}

export async function drawnCount(page: Page): Promise<number> {
  return Number(await page.locator('#map').getAttribute('data-nodes'));
}

/** Asks the same API the page uses, to know what the page should show. */
export async function api<T>(
  explorer: Explorer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await postGraphql<T>(explorer.server.url, query, variables);
  if (!body.data) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

/** Types into a combobox and picks the suggestion for `id` with the keyboard. */
export async function choose(page: Page, input: string, text: string, id: string): Promise<void> {
  await page.fill(input, text);
  const list = `#${await page.locator(input).getAttribute('aria-controls')}`;
  await page.waitForSelector(`${list} li.suggestion[data-id="${id}"]`);
  const ids = await page
    .locator(`${list} li.suggestion`)
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));
  const index = ids.indexOf(id);
  for (let step = 0; step < index; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect.poll(() => page.locator(`${list} li[aria-selected="true"]`).getAttribute('data-id')).toBe(id);
  await page.keyboard.press('Enter');
}

/** Adds each CSP violation on the page (blocked script, style, image, connection) to `into`. */
export async function recordCspViolations(page: Page, into: string[]): Promise<void> {
  await page.exposeFunction('__cspViolation', (text: string) => into.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}
