/**
 * The client phase of `npm run bench`: the map at 1k, 5k and 20k elements (`--quick`: 1k and 5k),
 * canvas and WebGL, in headless Chromium on the built client's benchmark page (client/bench.html).
 * Per case: fcose at the quality the app picks for that size (time to layout done), creating and
 * drawing the map (time to first render), then time per frame while dragging and wheel-zooming.
 * Medians over fresh pages. Measures, never asserts: a failing or overrunning case is reported
 * and the others still run; it exits 0.
 *
 *   node --import tsx bench/client-render.ts [--quick] [--sizes 1000,5000] [--repeats 3]
 *     [--renderers canvas,webgl] [--timeout 240] [--large-map auto|on|off] [--device-scale 2]
 *
 * BENCH_CLIENT_JSON=<file> also writes the figures there as JSON (bench/run.ts merges them).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchResult } from '../client/bench/render-bench.ts';
import { openRenderBench, type RenderBench } from './lib/measure-render.ts';
import { renderTable, type Table } from './table.ts';

type Renderer = BenchOptions['renderer'];

interface Plan {
  quick: boolean;
  sizes: number[];
  renderers: Renderer[];
  repeats: number;
  timeoutMs: number;
  /** Force drawing as a large map or not; by default the app's choice for each size. */
  large?: boolean;
  /** 2 for a HiDPI screen. */
  deviceScaleFactor: number;
}

/** Medians over the runs that finished, and why the others did not. */
interface CaseFigures {
  elements: number;
  renderer: Renderer;
  nodes?: number;
  edges?: number;
  quality?: BenchResult['quality'];
  large?: boolean;
  zoom?: number;
  frames: number;
  runs: number;
  layoutMs?: number;
  createMs?: number;
  firstRenderMs?: number;
  idleMs?: number;
  zoomFrameMs?: number;
  panFrameMs?: number;
  frameMs?: number;
  worstFrameMs?: number;
  errors: string[];
}

function readPlan(): Plan {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      renderers: { type: 'string', default: 'canvas,webgl' },
      repeats: { type: 'string' },
      timeout: { type: 'string' },
      'large-map': { type: 'string', default: 'auto' },
      'device-scale': { type: 'string', default: '1' },
    },
  });
  const quick = values.quick ?? false;
  return {
    quick,
    sizes: (values.sizes ?? (quick ? '1000,5000' : '1000,5000,20000')).split(',').map(Number),
    renderers: (values.renderers ?? '')
      .split(',')
      .filter((r): r is Renderer => r === 'canvas' || r === 'webgl'),
    repeats: Number(values.repeats ?? (quick ? 2 : 3)),
    timeoutMs: Number(values.timeout ?? (quick ? 120 : 240)) * 1000,
    deviceScaleFactor: Number(values['device-scale'] ?? 1),
    ...(values['large-map'] === 'on' || values['large-map'] === 'off'
      ? { large: values['large-map'] === 'on' }
      : {}),
  };
}

const log = (line: string) => process.stderr.write(`[client] ${line}\n`);

/** Software WebGL draws large graphs slowly: fewer frames keep a case within minutes. */
const framesFor = (elements: number, renderer: Renderer, quick: boolean): number =>
  renderer === 'webgl' && elements > 3000 ? 6 : quick ? 10 : 20;

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) {
    return undefined;
  }
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function measureCase(bench: RenderBench, plan: Plan, elements: number, renderer: Renderer) {
  const frames = framesFor(elements, renderer, plan.quick);
  const results: BenchResult[] = [];
  const errors: string[] = [];
  for (let run = 0; run < plan.repeats; run += 1) {
    try {
      const options = {
        elements,
        renderer,
        frames,
        ...(plan.large === undefined ? {} : { large: plan.large }),
      };
      const result = await bench.measure(options, plan.timeoutMs, plan.deviceScaleFactor);
      results.push(result);
      log(
        `${elements} ${renderer} run ${run + 1}: layout ${result.layoutMs} ms, first render ${result.firstRenderMs} ms, idle ${result.idleMs} ms, ` +
          `fit zoom ${result.zoom}, zoom ${result.zoomFrameMs} ms/frame, pan ${result.panFrameMs} ms/frame, worst ${result.worstFrameMs} ms`,
      );
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      errors.push(message);
      log(`${elements} ${renderer} run ${run + 1} failed: ${message}`);
      // An overrun will overrun again: the other runs of this case would only burn the budget.
      if (message.startsWith('timed out')) {
        break;
      }
    }
  }
  const first = results[0];
  const of = (key: keyof BenchResult) => median(results.map((r) => Number(r[key])));
  const figures: CaseFigures = {
    elements,
    renderer,
    ...(first
      ? {
          nodes: first.nodes,
          edges: first.edges,
          quality: first.quality,
          large: first.large,
          zoom: first.zoom,
        }
      : {}),
    frames,
    runs: results.length,
    errors,
  };
  for (const key of [
    'layoutMs',
    'createMs',
    'firstRenderMs',
    'idleMs',
    'zoomFrameMs',
    'panFrameMs',
    'frameMs',
    'worstFrameMs',
  ] as const) {
    const value = of(key);
    if (value !== undefined) {
      figures[key] = value;
    }
  }
  return figures;
}

function table(plan: Plan, bench: RenderBench, cases: CaseFigures[]): Table {
  const failures = cases.flatMap((c) => c.errors.map((error) => `${c.elements} ${c.renderer}: ${error}`));
  return {
    title: `Client: the map in headless Chromium (medians of ${plan.repeats} runs${plan.deviceScaleFactor === 1 ? '' : `, device scale ${plan.deviceScaleFactor}`})`,
    head: [
      'elements',
      'nodes',
      'edges',
      'renderer',
      'fcose',
      'map',
      'fit zoom',
      'layout ms',
      'create ms',
      'first render ms',
      'idle ms',
      'zoom ms/frame',
      'pan ms/frame',
      'worst frame ms',
      'runs',
    ],
    leftColumns: [3, 4, 5],
    rows: cases.map((c) => [
      c.elements,
      c.nodes,
      c.edges,
      c.renderer,
      c.quality,
      c.large === undefined ? undefined : c.large ? 'large' : 'small',
      c.zoom,
      c.layoutMs,
      c.createMs,
      c.firstRenderMs,
      c.idleMs,
      c.zoomFrameMs,
      c.panFrameMs,
      c.worstFrameMs,
      `${c.runs}/${plan.repeats}`,
    ]),
    notes: [
      `Chromium ${bench.chromium}, WebGL: ${bench.webgl}; ${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
      'layout: fcose alone (headless), at the quality the app picks for a first picture of that size.',
      'first render: creating the map at those positions, fit, labels for the zoom, two frames.',
      'idle: until eight short frames in a row (Cytoscape caches element bitmaps after the first picture).',
      'map: drawn as a large map (isLargeMap: haystack edges) or not.',
      'fit zoom: of the first picture (of the first run); it decides how many labels are drawn.',
      'ms/frame: mean over a mouse drag, then the wheel in and out, as DOM events on the map; 16.7 is 60 fps.',
      'worst frame: the longest of both gestures and of the 400 ms after each (full redraw, labels for the zoom).',
      'Shared machine: figures are noisy; read ratios within one run.',
      ...failures.map((f) => `failed: ${f}`),
    ],
  };
}

async function main(): Promise<void> {
  const plan = readPlan();
  const cases: CaseFigures[] = [];
  let bench: RenderBench | undefined;
  let setupError: string | undefined;
  try {
    log('building the client and starting Chromium');
    bench = await openRenderBench();
    for (const elements of plan.sizes) {
      for (const renderer of plan.renderers) {
        cases.push(await measureCase(bench, plan, elements, renderer));
      }
    }
  } catch (error) {
    setupError = error instanceof Error ? error.message : String(error);
    log(`failed: ${setupError}`);
  } finally {
    await bench?.close();
  }
  if (bench) {
    console.log(renderTable(table(plan, bench, cases)));
  } else {
    console.log(`Client bench could not start: ${setupError ?? 'unknown error'}`);
  }
  const out = process.env['BENCH_CLIENT_JSON'];
  if (out) {
    const figures = {
      quick: plan.quick,
      repeats: plan.repeats,
      deviceScaleFactor: plan.deviceScaleFactor,
      timeoutMs: plan.timeoutMs,
      chromium: bench?.chromium,
      webgl: bench?.webgl,
      cases,
      ...(setupError ? { error: setupError } : {}),
    };
    writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

await main();
