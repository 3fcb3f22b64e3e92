/**
 * Measures layout and rendering of the map at 1k and 5k elements, canvas against WebGL, in
 * headless Chromium: `npx tsx client/bench/measure-render.ts [elements…]`. Prints a table; asserts
 * nothing (timings depend on the machine). Each case runs twice, each time in a fresh page, and
 * the faster figure of each column is kept: other work on a shared machine only ever slows a run.
 */

import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import type { BenchOptions, BenchResult } from './render-bench.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const cases: BenchOptions[] = (sizes.length ? sizes : [1000, 5000]).flatMap((elements) =>
  (['canvas', 'webgl'] as const).map((renderer) => ({
    elements,
    renderer,
    // fcose's default quality takes minutes on thousands of nodes; the app drafts beyond 1.5k nodes.
    quality: elements > 3000 ? ('draft' as const) : ('default' as const),
    frames: elements > 3000 && renderer === 'webgl' ? 8 : 20,
  })),
);

const outDir = mkdtempSync(join(tmpdir(), 'talkgraph-bench-'));
await build({
  configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
  build: { outDir },
  logLevel: 'warn',
});
const server = createServer(sirv(outDir));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page0 = await browser.newPage();
  await page0.goto(url);
  const gpu = await page0.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
  });
  await page0.close();
  console.log(`WebGL renderer: ${gpu}`);
  console.log(
    'elements  nodes  edges  renderer  fcose    layout ms  create ms  first render ms  ms/frame (zoom+pan)',
  );
  for (const options of cases) {
    const runs = [await measure(browser, url, options), await measure(browser, url, options)];
    const best = (key: keyof BenchResult) => Math.min(...runs.map((r) => Number(r[key])));
    const r = runs[0] as BenchResult;
    console.log(
      [
        r.elements,
        r.nodes,
        r.edges,
        r.renderer,
        r.quality,
        best('layoutMs'),
        best('createMs'),
        best('firstRenderMs'),
        best('frameMs'),
      ]
        .map((v, i) => String(v).padEnd([10, 7, 7, 10, 9, 11, 11, 17, 0][i] ?? 0))
        .join(''),
    );
  }
} finally {
  await browser.close();
  server.close();
}

async function measure(browser: Browser, url: string, options: BenchOptions): Promise<BenchResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return await page.evaluate((o) => {
      if (!window.runRenderBench) {
        throw new Error('bench page not ready');
      }
      return window.runRenderBench(o);
    }, options);
  } finally {
    await page.close();
  }
}
