/**
 * The explorer itself (not the bare map of client-render.ts) at 1k and 10k talks: the built app
 * in headless Chromium with its API answered from a synthetic corpus inside the browser (route
 * interception), so the figures are the client's alone. Per size and renderer:
 *   - first picture: from navigation to the map drawn and idle (#map aria-busy=false);
 *   - suggestions while drawing: typing starts as soon as the search box exists, and the time
 *     from the last key to the first suggestion shown is taken (the API answers at once, so any
 *     wait is the page's main thread);
 *   - pan fps: animation frames per second while the mouse drags the map for two seconds.
 * Screenshots of each overview go to test-artifacts/screenshots/bench-overview-<talks>-<renderer>.png.
 * Measures, never asserts; a case over its time is reported as such and the others still run.
 * `npm run bench` runs it in its client phase (BENCH_CLIENT_EXPLORER_JSON=<file> writes the rows).
 *
 *   node --import tsx bench/client-explorer.ts [--talks 1000,10000] [--renderers canvas,webgl]
 *     [--timeout 300] [--overview summary|detail]
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser, SCREENSHOTS } from '../tests/support/browser.ts';
import { buildClient } from '../tests/support/client-build.ts';
import { renderTable, type Table } from './table.ts';

interface Row {
  talks: number;
  renderer: string;
  nodes?: number;
  firstPictureMs?: number;
  suggestionMs?: number;
  panFps?: number;
  layoutThread?: string;
  layoutMs?: number;
  /** Main-thread tasks over 50 ms until the first picture: their total and the longest. */
  blockedMs?: number;
  longestTaskMs?: number;
  error?: string;
}

/** A corpus shaped like the real one: talks by speakers, three career steps each, to institutions. */
function syntheticOverview(talks: number) {
  const people = Math.max(20, Math.round(talks * 0.6));
  const places = Math.max(10, Math.round(talks * 0.3));
  return Array.from({ length: talks }, (_, i) => ({
    node: {
      id: `talk:b${i}`,
      title: `Synthetic talk ${i}`,
      year: i % 13 === 0 ? null : 2009 + (i % 13),
      speakers: [{ id: `person:b${i % people}`, name: `Speaker ${i % people}` }],
      decisions: Array.from({ length: 3 }, (_, k) => ({
        id: `decision:b${i}-${k}`,
        kind: ['joined', 'left', 'founded'][k],
        year: 2009 + ((i + k) % 13),
        label: `step ${k}`,
        person: { id: `person:b${i % people}`, name: `Speaker ${i % people}` },
        from: null,
        to: {
          id: `institution:b${(i * 7 + k) % places}`,
          name: `Institution ${(i * 7 + k) % places}`,
          type: 'Institution',
        },
      })),
    },
  }));
}

type SyntheticTalk = ReturnType<typeof syntheticOverview>[number]['node'];

/** What the API's overview(limit) would answer for these talks (server/schema/overview.ts). */
function syntheticSummary(talks: readonly SyntheticTalk[], limit: number) {
  const people = new Map<string, { id: string; name: string; type: string; talks: number; steps: number }>();
  const places = new Map<string, { id: string; name: string; type: string; talks: number; steps: number }>();
  const groups = new Map<number | null, number>();
  const gave = new Map<string, number>();
  const stepped = new Map<string, number>();
  const placed = new Map<string, number>();
  for (const talk of talks) {
    groups.set(talk.year, (groups.get(talk.year) ?? 0) + 1);
    for (const s of talk.speakers) {
      const p = people.get(s.id) ?? { ...s, type: 'Person', talks: 0, steps: 0 };
      p.talks += 1;
      people.set(s.id, p);
      const key = `${s.id}|${talk.year}`;
      gave.set(key, (gave.get(key) ?? 0) + 1);
    }
    for (const d of talk.decisions) {
      const p = people.get(d.person.id) ?? { ...d.person, type: 'Person', talks: 0, steps: 0 };
      p.steps += 1;
      people.set(d.person.id, p);
      const place = places.get(d.to.id) ?? {
        id: d.to.id,
        name: d.to.name,
        type: 'Institution',
        talks: 0,
        steps: 0,
      };
      place.steps += 1;
      places.set(d.to.id, place);
      const key = `${d.person.id}|${d.to.id}`;
      stepped.set(key, (stepped.get(key) ?? 0) + 1);
      const when = `${d.to.id}|${d.year}`;
      placed.set(when, (placed.get(when) ?? 0) + 1);
    }
  }
  const top = <T extends { id: string }>(list: T[], score: (x: T) => number) =>
    list.sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id)).slice(0, limit);
  const topPeople = top([...people.values()], (p) => 2 * p.talks + p.steps);
  const topPlaces = top([...places.values()], (p) => p.steps);
  const chosen = new Set([...topPeople, ...topPlaces].map((h) => h.id));
  const links = [
    ...[...gave].map(([key, weight]) => {
      const [source = '', year = ''] = key.split('|');
      return { source, target: null, year: year === 'null' ? null : Number(year), type: 'GAVE', weight };
    }),
    ...[...stepped].map(([key, weight]) => {
      const [source = '', target = ''] = key.split('|');
      return { source, target, year: null, type: 'STEP', weight };
    }),
    ...[...placed].map(([key, weight]) => {
      const [source = '', year = ''] = key.split('|');
      return { source, target: null, year: Number(year), type: 'PLACED', weight };
    }),
  ].filter((l) => chosen.has(l.source) && (l.target === null || chosen.has(l.target)));
  return {
    talks: talks.length,
    people: topPeople,
    institutions: topPlaces,
    groups: [...groups]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
      .map(([year, n]) => ({ year, talks: n })),
    links: links.sort((a, b) => b.weight - a.weight),
  };
}

async function answerApi(page: Page, talks: number): Promise<void> {
  const edges = syntheticOverview(talks);
  const nodes = edges.map((e) => e.node);
  // Computed before the page opens: the API's answer should cost the page nothing.
  const summaries = new Map<number, ReturnType<typeof syntheticSummary>>();
  const summaryOf = (limit: number) => {
    const known = summaries.get(limit) ?? syntheticSummary(nodes, limit);
    summaries.set(limit, known);
    return known;
  };
  summaryOf(40);
  const years = Array.from({ length: 13 }, (_, k) => ({
    year: 2009 + k,
    talks: Math.round(talks / 13),
    decisions: Math.round((3 * talks) / 13),
  }));
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('query Summary')) {
      const limit = Number(JSON.parse(body).variables?.limit ?? 40);
      await route.fulfill({ json: { data: { overview: summaryOf(limit) } } });
    } else if (body.includes('query YearTalks')) {
      const year = Number(JSON.parse(body).variables?.year);
      const ofYear = nodes.filter((t) => t.year === year);
      await route.fulfill({
        json: {
          data: {
            talks: {
              totalCount: ofYear.length,
              edges: ofYear.slice(0, 100).map(({ decisions: _d, ...node }) => ({ node })),
            },
          },
        },
      });
    } else if (body.includes('query Overview')) {
      await route.fulfill({
        json: {
          data: { talks: { totalCount: talks, pageInfo: { hasNextPage: false, endCursor: null }, edges } },
        },
      });
    } else if (body.includes('stats')) {
      await route.fulfill({
        json: {
          data: {
            stats: {
              labels: [
                { name: 'Talk', count: talks },
                { name: 'Person', count: Math.round(talks * 0.6) },
                { name: 'CareerDecision', count: talks * 3 },
              ],
              years,
              undatedTalks: Math.round(talks / 13),
              undatedDecisions: 0,
            },
          },
        },
      });
    } else if (body.includes('query Suggest')) {
      await route.fulfill({
        json: {
          data: {
            search: [
              {
                node: { id: 'person:b1' },
                type: 'Person',
                label: 'Speaker 1',
                score: 1,
                highlight: { text: 'Speaker 1', field: 'name', spans: [{ start: 0, end: 3 }] },
              },
            ],
          },
        },
      });
    } else {
      await route.fulfill({ json: { data: null } });
    }
  });
}

async function measure(
  url: string,
  talks: number,
  renderer: string,
  timeoutMs: number,
  overview?: string,
): Promise<Row> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const row: Row = { talks, renderer };
  try {
    await answerApi(page, talks);
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    await page.addInitScript(
      '(() => { window.tasks_ = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.tasks_.push(e.duration); }).observe({ type: "longtask", buffered: true }); })()',
    );
    const started = Date.now();
    await page.goto(`${url}/?renderer=${renderer}${overview ? `&overview=${overview}` : ''}`);
    // Typing while the map loads and draws: the suggestion waits for the main thread.
    await page.waitForSelector('#search-input');
    await page.locator('#search-input').pressSequentially('Spe');
    const typed = Date.now();
    await page.waitForSelector('#search-list li.suggestion', { timeout: timeoutMs });
    row.suggestionMs = Date.now() - typed;
    await page.waitForSelector('#map[data-ready="true"][aria-busy="false"]', { timeout: timeoutMs });
    row.firstPictureMs = Date.now() - started;
    row.nodes = Number(await page.locator('#map').getAttribute('data-nodes'));
    row.layoutThread = (await page.locator('#map').getAttribute('data-layout-thread')) ?? 'none';
    row.layoutMs = Number(await page.locator('#map').getAttribute('data-layout-ms'));
    const tasks = (await page.evaluate('window.tasks_')) as number[];
    row.blockedMs = Math.round(tasks.reduce((sum, t) => sum + t, 0));
    row.longestTaskMs = Math.round(Math.max(0, ...tasks));
    // The camera's fit animates (250 ms) and the canvas repaints on the frames after it.
    await page.waitForTimeout(600);
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    const name = `bench-overview-${talks}-${renderer}${overview ? `-${overview}` : ''}`;
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    const box = await page.locator('#map').boundingBox();
    if (box) {
      // A string, not a function: tsx's helpers (__name) do not exist in the page.
      await page.evaluate(
        '(() => { window.frames_ = 0; const tick = () => { window.frames_ += 1; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()',
      );
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const panStart = Date.now();
      for (let step = 0; Date.now() - panStart < 2000; step += 1) {
        await page.mouse.move(cx + 150 * Math.sin(step / 5), cy + 100 * Math.cos(step / 5));
      }
      await page.mouse.up();
      const frames = Number(await page.evaluate('window.frames_'));
      row.panFps = Math.round((frames / ((Date.now() - panStart) / 1000)) * 10) / 10;
    }
  } catch (error) {
    row.error = (error as Error).message.split('\n')[0];
  } finally {
    await browser.close();
  }
  return row;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      talks: { type: 'string', default: '1000,10000' },
      renderers: { type: 'string', default: 'canvas,webgl' },
      timeout: { type: 'string', default: '300' },
      // The app's choice by default; `detail` draws every talk (as the explorer did before the summary).
      overview: { type: 'string' },
    },
  });
  const sizes = values.talks.split(',').map(Number);
  const renderers = values.renderers.split(',');
  const timeoutMs = Number(values.timeout) * 1000;
  const dir = await buildClient();
  const server: Server = createServer(sirv(dir, { single: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: Row[] = [];
  try {
    for (const talks of sizes) {
      for (const renderer of renderers) {
        const row = await measure(url, talks, renderer, timeoutMs, values.overview);
        rows.push(row);
        console.log(JSON.stringify(row));
      }
    }
  } finally {
    server.close();
  }
  console.log(`\n${renderTable(explorerTable(rows))}`);
  const out = process.env['BENCH_CLIENT_EXPLORER_JSON'];
  if (out) {
    writeFileSync(out, `${JSON.stringify({ rows }, null, 2)}\n`);
  }
}

/** The client row of `npm run bench`: the three figures per corpus size and renderer. */
function explorerTable(rows: readonly Row[]): Table {
  return {
    title: 'Explorer (the built app, API answered in the browser)',
    head: [
      'talks',
      'renderer',
      'nodes drawn',
      'first picture ms',
      'suggestion ms',
      'pan fps',
      'layout',
      'layout ms',
      'blocked ms',
      'longest task ms',
    ],
    rows: rows.map((r) => [
      r.talks,
      r.renderer,
      r.nodes,
      r.firstPictureMs,
      r.suggestionMs,
      r.panFps,
      r.error ? `failed: ${r.error}` : r.layoutThread,
      r.layoutMs,
      r.blockedMs,
      r.longestTaskMs,
    ]),
    leftColumns: [1, 6],
    notes: [
      'Targets: first picture ≤ 2,000 ms at 10k talks, suggestion ≤ 300 ms while the map draws, pan ≥ 30 fps.',
      'A graph over 150 talks opens on its summary (overview query); ?overview=detail draws every talk.',
      'blocked: main-thread tasks over 50 ms until the first picture (what typing and panning wait for).',
      `Screenshots: ${SCREENSHOTS}/bench-overview-<talks>-<renderer>.png`,
    ],
  };
}
await main();
