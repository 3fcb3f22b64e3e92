import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser.ts';
import {
  api,
  appState,
  choose,
  type Explorer,
  openPage,
  recordCspViolations,
  shot,
  startExplorer,
  waitForMap,
} from './explorer-fixture.ts';

const SEO = 'person:서민준';
const BERT = 'model:bert';

/** Issue 14: results land in view, the career tab is never blank, links show names. */
describe('the explorer keeps results in view', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('draws the "Pick a person" state on the career tab with nobody selected', async () => {
    const { page, errors } = await openPage(explorer);
    await page.click('.view-switch [data-view="career"]');
    await page.waitForSelector('#career .career-empty');
    expect(await page.locator('#career .career-empty').textContent()).toContain('Pick a person');
    expect(await page.locator('#career .career-empty .chip-button').count()).toBeGreaterThan(0);
    await shot(page, 'career-nobody');
    // Straight from a link too.
    const cold = await openPage(explorer, '/?view=career');
    await cold.page.waitForSelector('#career .career-empty');
    expect([...errors, ...cold.errors]).toEqual([]);
    await cold.page.close();
    await page.close();
  });

  it('frames a found connection, labels its hops, and shows names in the inputs', async () => {
    const { page, errors } = await openPage(explorer);
    // Zoomed in on a corner first: the route must be brought into view, not left where it falls.
    for (let step = 0; step < 6; step += 1) {
      await page.click('#zoom-in');
    }
    await choose(page, '#path-from', '서민준', SEO);
    await choose(page, '#path-to', 'BERT', BERT);
    await page.click('#path-find');
    await page.waitForSelector('#path-result .route');
    await waitForMap(page);
    const route = await routeIds(page);
    expect(route[0]).toBe(SEO);
    expect(route.at(-1)).toBe(BERT);
    await expect.poll(() => outsideView(page, route)).toEqual([]);
    const hops = await page.locator('#path-result .route .hop').allTextContents();
    expect(hops).toHaveLength(route.length - 1);
    for (const hop of hops) {
      expect(hop).toMatch(/^↓ [a-z]/);
    }
    await shot(page, 'connection-framed');

    // Loaded from the URL: framed as well, and the inputs name both ends.
    const { page: cold, errors: coldErrors } = await openPage(
      explorer,
      `/?pathFrom=${encodeURIComponent(SEO)}&pathTo=${encodeURIComponent(BERT)}`,
    );
    await cold.waitForSelector('#path-result .route');
    await expect.poll(() => cold.locator('#path-from').inputValue()).toBe('서민준');
    expect(await cold.locator('#path-to').inputValue()).toBe('BERT');
    await expect.poll(async () => outsideView(cold, await routeIds(cold))).toEqual([]);
    await shot(cold, 'connection-from-url');
    expect([...errors, ...coldErrors]).toEqual([]);
    await cold.close();
    await page.close();
  });

  it('frames an expansion: the new neighbours land on screen', async () => {
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(BERT)}`);
    await page.waitForSelector('#details-title:has-text("BERT")');
    for (let step = 0; step < 6; step += 1) {
      await page.click('#zoom-in');
    }
    const before = new Set(Object.keys(await page.evaluate(() => window.talkgraph?.positions() ?? {})));
    await page.click('#details [data-action="expand"]');
    await waitForMap(page);
    const added = Object.keys(await page.evaluate(() => window.talkgraph?.positions() ?? {})).filter(
      (id) => !before.has(id),
    );
    expect(added.length).toBeGreaterThan(0);
    await expect.poll(() => outsideView(page, [BERT, ...added])).toEqual([]);
    await shot(page, 'expansion-framed');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds people despite typos (counted in jamo), by a Korean given name, and by several words', async () => {
    const search = async (query: string) =>
      (
        await api<{ search: { node: { id: string }; type: string }[] }>(
          explorer,
          'query ($q: String!) { search(query: $q, first: 10) { node { id } type } }',
          { q: query },
        )
      ).search;
    for (const query of ['minjon', '서민쥰', '민준', 'minjoon seo', 'seo minjon']) {
      expect((await search(query)).map((h) => h.node.id).slice(0, 3), query).toContain(SEO);
    }
    // A year beside a name keeps what is of that year around it.
    const naver = await search('naver 2018');
    expect(naver[0]?.type).toBe('CareerDecision');
    expect(naver.map((h) => h.node.id)).toContain('institution:naver');
    expect((await search('naver')).map((h) => h.type)).not.toContain('CareerDecision');
    const { page, errors } = await openPage(explorer);
    await page.keyboard.press('/');
    await page.keyboard.type('서민쥰');
    await page.waitForSelector(`#search-list li.suggestion[data-id="${SEO}"] mark`);
    await shot(page, 'search-typo');
    // Keyboard first: the first suggestion is active, Enter opens it.
    expect(await page.locator('#search-list li[aria-selected="true"]').getAttribute('data-id')).toBe(SEO);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-title:has-text("서민준")');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shares a view: a link reproduces positions (dragged ones too) and the camera', async () => {
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(SEO)}`);
    await page.waitForSelector('#details-title:has-text("서민준")');
    await page.click('#details [data-action="expand"]');
    await waitForMap(page);
    await page.click('#zoom-out');
    // The link follows the camera once it is still.
    const zoomed = Number((await page.evaluate(() => window.talkgraph?.zoom() ?? 0)).toFixed(4));
    await expect.poll(() => Number(new URL(page.url()).searchParams.get('at')?.split(',')[0])).toBe(zoomed);
    expect(new URL(page.url()).searchParams.get('pos')).toBeTruthy();
    const beforeDrag = page.url();
    // Drag the selected node 120 px right and 80 px down.
    const box = await page.locator('#map').boundingBox();
    const at = (await page.evaluate(() => window.talkgraph?.rendered() ?? {}))[SEO];
    if (!box || !at) {
      throw new Error('the map or the node is not drawn');
    }
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    await page.mouse.move(box.x + at.x + 120, box.y + at.y + 80, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url()).not.toBe(beforeDrag);
    const positions = await page.evaluate(() => window.talkgraph?.positions() ?? {});
    const rendered = await page.evaluate(() => window.talkgraph?.rendered() ?? {});
    const zoom = await page.evaluate(() => window.talkgraph?.zoom() ?? 0);

    const { page: copy, errors: copyErrors } = await openPage(explorer, new URL(page.url()).search);
    await copy.waitForSelector('#details-title:has-text("서민준")', { timeout: 60_000 });
    const copied = await copy.evaluate(() => window.talkgraph?.positions() ?? {});
    const copiedOnScreen = await copy.evaluate(() => window.talkgraph?.rendered() ?? {});
    expect(Object.keys(copied).sort()).toEqual(Object.keys(positions).sort());
    for (const [id, point] of Object.entries(positions)) {
      const other = copied[id] ?? { x: Number.NaN, y: Number.NaN };
      expect(Math.hypot(other.x - point.x, other.y - point.y), id).toBeLessThan(2);
      const screen = rendered[id] ?? { x: 0, y: 0 };
      const copyScreen = copiedOnScreen[id] ?? { x: Number.NaN, y: Number.NaN };
      expect(Math.hypot(copyScreen.x - screen.x, copyScreen.y - screen.y), id).toBeLessThan(4);
    }
    expect(await copy.evaluate(() => window.talkgraph?.zoom() ?? 0)).toBeCloseTo(zoom, 3);
    await shot(copy, 'shared-view');
    expect([...errors, ...copyErrors]).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('corrects a link it cannot show, and says so', async () => {
    const { page, errors } = await openPage(explorer, '/?years=1990-1995&off=Talk,Nonsense');
    await page.waitForSelector('#status:not([hidden])');
    const status = await page.locator('#status').textContent();
    expect(status).toContain('Nothing in the graph is from 1990–1995: showing all years.');
    expect(status).toContain('Unknown type Nonsense ignored.');
    expect(await page.locator('.range-label').textContent()).toContain('All years');
    expect(new URL(page.url()).searchParams.get('years')).toBeNull();
    expect(Number(await page.locator('#map').getAttribute('data-nodes'))).toBeGreaterThan(0);
    await shot(page, 'link-corrected');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts every node back where it was on undo and redo', async () => {
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(BERT)}`);
    await page.waitForSelector('#details [data-action="expand"]');
    const places = () => page.evaluate(() => window.talkgraph?.positions() ?? {});
    await page.click('#details [data-action="expand"]');
    await waitForMap(page);
    const expanded = await places();
    await page.selectOption('#details select.expand-type', 'Talk');
    await waitForMap(page);
    await page.click('#undo');
    await waitForMap(page);
    await page.click('#details [data-action="collapse"]');
    await waitForMap(page);
    await page.click('#undo');
    await waitForMap(page);
    const back = await places();
    expect(Object.keys(back).sort()).toEqual(Object.keys(expanded).sort());
    for (const [id, point] of Object.entries(expanded)) {
      const again = back[id] ?? { x: Number.NaN, y: Number.NaN };
      expect(Math.hypot(again.x - point.x, again.y - point.y), id).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the time bar on screen on a phone', async () => {
    const { page, errors } = await openPage(explorer, '/', 390, 844);
    const bar = await page.locator('#timebar').boundingBox();
    if (!bar) {
      throw new Error('no time bar');
    }
    expect(bar.y + bar.height).toBeLessThanOrEqual(844);
    expect(bar.y).toBeGreaterThan(400);
    await shot(page, 'phone-overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays a large overview out in a worker, under the page policy', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await recordCspViolations(page, errors);
    // 600 talks by 200 speakers: past the size where labels stop following the zoom live.
    const edges = Array.from({ length: 600 }, (_, i) => ({
      node: {
        id: `talk:synthetic-${i}`,
        title: `Synthetic talk ${i}`,
        year: 2010 + (i % 12),
        speakers: [{ id: `person:synthetic-${i % 200}`, name: `Speaker ${i % 200}` }],
        decisions: [],
      },
    }));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query Overview')) {
        await route.fulfill({
          json: {
            data: { talks: { totalCount: 600, pageInfo: { hasNextPage: false, endCursor: null }, edges } },
          },
        });
      } else {
        await route.continue();
      }
    });
    await page.goto(explorer.server.url);
    await waitForMap(page);
    expect(await page.locator('#map').getAttribute('data-layout-thread')).toBe('worker');
    const positions = Object.values(await page.evaluate(() => window.talkgraph?.positions() ?? {}));
    expect(positions).toHaveLength(800);
    // Laid out, not left where they were first put: the nodes spread over a wide area.
    const xs = positions.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
    await shot(page, 'overview-worker-800');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps Expand on a failed expansion, and warns nothing on load', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') {
        warnings.push(message.text());
      }
    });
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query Around')) {
        await route.fulfill({ status: 503, body: 'down' });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${explorer.server.url}/?node=${encodeURIComponent(BERT)}`);
    await waitForMap(page);
    await page.waitForSelector('#details [data-action="expand"]');
    expect(warnings.filter((w) => !w.includes('503'))).toEqual([]);
    await page.click('#details [data-action="expand"]');
    await page.waitForSelector('#status.error:not([hidden])');
    await waitForMap(page);
    expect(await page.locator('#details [data-action="collapse"]').count()).toBe(0);
    expect(await page.locator('#details [data-action="expand"]').textContent()).toBe('Expand all');
    expect(new URL(page.url()).searchParams.getAll('x')).toEqual([]);
    await page.close();
  });

  it('leaves the benchmark page out of the production build', async () => {
    const response = await fetch(`${explorer.server.url}/bench.html`);
    expect(await response.text()).not.toContain('render benchmark');
  });

  it('exports a PNG with a caption and legend, and a JSON view that opens again', async () => {
    const { page, errors } = await openPage(
      explorer,
      `/?node=${encodeURIComponent(SEO)}&x=${encodeURIComponent(SEO)}`,
    );
    const box = await page.locator('#map').boundingBox();
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    await png.saveAs(join(SCREENSHOTS, 'export-with-caption.png'));
    const bytes = await streamBytes(await png.createReadStream());
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(Math.round((box?.width ?? 0) * 2));
    // The map at twice its size, plus the caption above and the legend below.
    expect(height).toBeGreaterThan(Math.round((box?.height ?? 0) * 2) + 100);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const file = await json.path();
    const state = await appState(page);
    const positions = await page.evaluate(() => window.talkgraph?.positions() ?? {});
    const { page: other, errors: otherErrors } = await openPage(explorer);
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.click('#import-json')]);
    await chooser.setFiles(file);
    await expect.poll(() => appState(other)).toEqual(state);
    await waitForMap(other);
    await other.waitForSelector('#details-title:has-text("서민준")', { timeout: 60_000 });
    const opened = await other.evaluate(() => window.talkgraph?.positions() ?? {});
    for (const [id, point] of Object.entries(positions)) {
      const back = opened[id];
      if (back) {
        expect(Math.hypot(back.x - point.x, back.y - point.y), id).toBeLessThan(1);
      }
    }
    expect([...errors, ...otherErrors]).toEqual([]);
    await other.close();
    await page.close();
  });

  it('plays the years as a growing window and ends on all years, undated talks included', async () => {
    const { page, errors } = await openPage(explorer);
    const all = Number(await page.locator('#map').getAttribute('data-nodes'));
    await page.click('.timebar .play');
    await expect.poll(() => page.locator('.range-label').textContent()).toMatch(/^\d{4}/);
    const first = (await page.locator('.range-label').textContent())?.slice(0, 4);
    await expect
      .poll(() => page.locator('.range-label').textContent(), { timeout: 10_000 })
      .toMatch(/^\d{4}–\d{4}$/);
    // The window grows: it keeps its first year.
    expect((await page.locator('.range-label').textContent())?.slice(0, 4)).toBe(first);
    await expect
      .poll(() => page.locator('.timebar .play').getAttribute('aria-pressed'), { timeout: 60_000 })
      .toBe('false');
    await waitForMap(page);
    expect(await page.locator('.range-label').textContent()).toContain('All years');
    expect(Number(await page.locator('#map').getAttribute('data-nodes'))).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

async function routeIds(page: Page): Promise<string[]> {
  return page
    .locator('#path-result .route .node-link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('data-id') ?? ''));
}

/** The ids among `ids` whose node is drawn outside the map's box. */
async function outsideView(page: Page, ids: readonly string[]): Promise<string[]> {
  const box = await page.locator('#map').boundingBox();
  const rendered = await page.evaluate(() => window.talkgraph?.rendered() ?? {});
  return ids.filter((id) => {
    const point = rendered[id];
    return !point || !box || point.x < 0 || point.y < 0 || point.x > box.width || point.y > box.height;
  });
}
