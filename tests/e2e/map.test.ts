import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run-ingest.ts';
import { launchBrowser, SCREENSHOTS } from '../support/browser.ts';
import { buildClient } from '../support/client-build.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { type RunningServer, startServer } from '../support/http.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

describe('the served page draws the talks read from Neo4j', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  let corpusTitles: string[];

  beforeAll(async () => {
    driver = await testDriver();
    const { report } = await ingestPaths([CORPUS], { graph: { driver, database: DATABASE } });
    expect(report.errors).toEqual([]);
    corpusTitles = report.talks.map((t) => t.title);
    server = await startServer(driver, { clientDir: await buildClient() });
    browser = await launchBrowser();
    console.log(`[e2e] screenshots in ${SCREENSHOTS}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('lists every corpus talk and draws them on the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 30_000 });

    const listed = await page.locator('#talk-list li').allInnerTexts();
    for (const title of corpusTitles) {
      expect(listed.some((text) => text.startsWith(title))).toBe(true);
    }
    const drawn = Number(await page.locator('#map').getAttribute('data-nodes'));
    expect(drawn).toBeGreaterThanOrEqual(corpusTitles.length);
    // Cytoscape draws on canvases inside the container: the map really rendered.
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('#summary').textContent()).toMatch(/\d+ talks/);
    await page.screenshot({ path: join(SCREENSHOTS, 'skeleton-map.png') });
    expect(errors).toEqual([]);
  });
});
