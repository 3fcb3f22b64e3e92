import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { testDriver } from '../support/graph.ts';
import { type RunningServer, startServer } from '../support/http.ts';
import { recordCspViolations, shot } from './explorer-fixture.ts';

/** GraphiQL at /graphql runs from the server's own files: no request leaves it, no policy breach. */
describe('GraphiQL', () => {
  let server: RunningServer;
  let browser: Browser;
  let closeDriver: () => Promise<void>;

  beforeAll(async () => {
    const driver = await testDriver();
    closeDriver = () => driver.close();
    server = await startServer(driver);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeDriver?.();
  });

  it('loads and runs a query offline, under its policy, with no external request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const external: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await recordCspViolations(page, errors);
    // Offline: anything not on this server is refused, and listed.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) {
        return route.continue();
      }
      external.push(url);
      return route.abort();
    });
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    expect(await page.locator('body').textContent()).not.toContain('Loading');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The opening query reaches the real API (whatever it answers on a busy machine).
    const run = page.locator('.graphiql-execute-button');
    await run.click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 })
      .toMatch(/"data"/);
    await shot(page, 'graphiql');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves its files from /graphiql/, and 404 for others', async () => {
    const script = await fetch(`${server.url}/graphiql/graphiql.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);
    const missing = await fetch(`${server.url}/graphiql/nothing.js`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });
});
