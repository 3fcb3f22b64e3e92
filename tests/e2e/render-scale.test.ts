import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchOptions, BenchResult } from '../../client/bench/render-bench.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildClient } from '../support/client-build.ts';

/**
 * Render and layout times of the map at 1k and 5k elements, canvas against WebGL, on the built
 * client's benchmark page (client/bench.html). Prints the figures and asserts only that every
 * case drew; `node --import tsx bench/client-render.ts` measures with more frames and repeats.
 */
describe('the map at scale', () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = createServer(sirv(await buildClient('bench')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('lays out and draws 1k and 5k elements with canvas and WebGL', async () => {
    const cases: BenchOptions[] = [
      { elements: 1000, renderer: 'canvas', quality: 'default', frames: 5 },
      { elements: 1000, renderer: 'webgl', quality: 'default', frames: 5 },
      { elements: 5000, renderer: 'canvas', quality: 'draft', frames: 3 },
      { elements: 5000, renderer: 'webgl', quality: 'draft', frames: 3 },
    ];
    const results: BenchResult[] = [];
    for (const options of cases) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      results.push(await page.evaluate((o) => window.runRenderBench?.(o) as Promise<BenchResult>, options));
      await page.close();
    }
    console.table(results);
    for (const [index, result] of results.entries()) {
      expect(Math.abs(result.elements - (cases[index]?.elements ?? 0))).toBeLessThan(300);
      expect(result.layoutMs).toBeGreaterThan(0);
      expect(result.firstRenderMs).toBeGreaterThan(0);
      expect(Number.isFinite(result.frameMs)).toBe(true);
      expect(result.canvases).toBeGreaterThan(0);
    }
  }, 120_000);
});
