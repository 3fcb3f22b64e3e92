/**
 * Drives the render benchmark page (client/bench.html, client/bench/render-bench.ts) from Node:
 * builds the client with its own Vite config into a temp folder, serves it, opens headless
 * Chromium and measures one case per fresh page. `bench/client-render.ts` runs the cases and
 * reports them. Node tooling, so it lives in bench/, not in the browser code under client/.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import type { BenchOptions, BenchResult } from '../../client/bench/render-bench.ts';

export interface RenderBench {
  /** Chromium's version, and the WebGL renderer behind it (SwiftShader without a GPU). */
  chromium: string;
  webgl: string;
  /**
   * One case in a fresh page; rejects when it takes longer than `timeoutMs`. `deviceScaleFactor`
   * 2 draws as a HiDPI laptop screen does (four times the pixels). @default 1
   */
  measure(options: BenchOptions, timeoutMs: number, deviceScaleFactor?: number): Promise<BenchResult>;
  close(): Promise<void>;
}

const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });

/** Builds the client into a temp folder, serves it on a free port and starts Chromium. */
export async function openRenderBench(): Promise<RenderBench> {
  const outDir = mkdtempSync(join(tmpdir(), 'talkgraph-render-bench-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      configFile: join(import.meta.dirname, '..', '..', 'client', 'vite.config.ts'),
      // The bench page is built only in this mode: it stays out of the production build.
      mode: 'bench',
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
    // After the build: sirv lists the folder's files once, when created.
    const listening = createServer(sirv(outDir));
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/bench.html`;
    browser = await launch();
    const webgl = await webglRenderer(browser, url);
    const state = { browser };
    return {
      chromium: browser.version(),
      webgl,
      measure: (options, timeoutMs, deviceScaleFactor = 1) =>
        measureCase(state, url, options, timeoutMs, deviceScaleFactor),
      close: async () => {
        await state.browser.close().catch(() => undefined);
        listening.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

async function webglRenderer(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
    });
  } finally {
    await page.close();
  }
}

/**
 * fcose runs synchronously in the page, so a case that overruns cannot be stopped from inside:
 * the page is closed, and when even that hangs the browser is replaced for the next case.
 */
async function measureCase(
  state: { browser: Browser },
  url: string,
  options: BenchOptions,
  timeoutMs: number,
  deviceScaleFactor: number,
): Promise<BenchResult> {
  const page = await state.browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  });
  const run = async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return page.evaluate((o) => {
      if (!window.runRenderBench) {
        throw new Error('bench page not ready');
      }
      return window.runRenderBench(o);
    }, options);
  };
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
    const closed = await Promise.race([
      page.close({ runBeforeUnload: false }).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!closed) {
      await state.browser.close().catch(() => undefined);
      state.browser = await launch();
    }
  }
}
