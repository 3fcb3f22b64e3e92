import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_UP_TO } from '../../client/model/overview-summary.ts';
import {
  api,
  appState,
  drawnCount,
  type Explorer,
  openPage,
  shot,
  startExplorer,
  waitForMap,
} from './explorer-fixture.ts';

/**
 * Issue 14, an overview that scales: a large graph opens on the summary (talk groups by year and
 * the hubs), fetched in one request instead of every talk; a talk group opens into its talks.
 * The sample corpus is small enough to open in detail, so `?overview=summary` asks for the
 * summary; bench/client-explorer.ts shows it at 1k and 10k talks.
 */
describe('the overview that scales', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  /** Clicks a node where the map draws it. */
  async function tap(page: Page, id: string): Promise<void> {
    const box = await page.locator('#map').boundingBox();
    const at = (await page.evaluate(() => window.talkgraph?.rendered() ?? {}))[id];
    if (!box || !at) {
      throw new Error(`${id} is not drawn`);
    }
    await page.mouse.click(box.x + at.x, box.y + at.y);
  }

  it('shows the sample corpus (17 talks) in full, as before', async () => {
    // The suite's database is shared: other files may have left more talks than a small graph
    // holds, and then the map rightly opens on the summary. Either way it is the one it should be.
    const { overview } = await api<{ overview: { talks: number } }>(
      explorer,
      '{ overview(limit: 1) { talks } }',
    );
    const { page, errors } = await openPage(explorer);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.postData() ?? ''));
    await page.reload();
    await waitForMap(page);
    const visible = () => page.evaluate(() => window.talkgraph?.visible() ?? []);
    if (overview.talks > DETAIL_UP_TO) {
      await expect.poll(async () => (await visible()).some((id) => id.startsWith('talks-of:'))).toBe(true);
      expect((await visible()).some((id) => id.startsWith('talk:'))).toBe(false);
      await page.close();
      return;
    }
    // A busy machine may answer the talk page after the map first reports ready: wait for it.
    const talks = async () => (await visible()).filter((id) => id.startsWith('talk:')).length;
    await expect.poll(talks, { timeout: 60_000 }).toBeGreaterThanOrEqual(17);
    const ids = await visible();
    expect(ids.some((id) => id.startsWith('talks-of:'))).toBe(false);
    // The summary first (it says how many talks there are), then the one page of talks.
    expect(requests.filter((b) => b.includes('query Summary'))).toHaveLength(1);
    expect(requests.filter((b) => b.includes('query Overview'))).toHaveLength(1);
    await shot(page, 'overview-17');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on the summary without reading every talk, and a year opens into its talks', async () => {
    const { overview } = await api<{
      overview: { groups: { year: number | null; talks: number }[]; people: { id: string }[] };
    }>(explorer, '{ overview(limit: 40) { groups { year talks } people { id } } }');
    const requests: string[] = [];
    const { page, errors } = await openPage(explorer, '/?overview=summary');
    page.on('request', (r) => requests.push(r.postData() ?? ''));
    await page.reload();
    await waitForMap(page);
    expect(requests.some((b) => b.includes('query Overview'))).toBe(false);
    const ids = await page.evaluate(() => window.talkgraph?.visible() ?? []);
    const groups = overview.groups.map((g) => `talks-of:${g.year ?? 'undated'}`);
    expect(ids.filter((id) => id.startsWith('talks-of:')).sort()).toEqual([...groups].sort());
    expect(ids.filter((id) => id.startsWith('talk:'))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(overview.people.map((p) => p.id)));
    const before = await drawnCount(page);
    await shot(page, 'overview-17-summary');

    const busiest = [...overview.groups].filter((g) => g.year !== null).sort((a, b) => b.talks - a.talks)[0];
    const group = `talks-of:${busiest?.year}`;
    await tap(page, group);
    await waitForMap(page);
    await expect.poll(() => drawnCount(page)).toBeGreaterThan(before);
    const opened = await page.evaluate(() => window.talkgraph?.visible() ?? []);
    expect(opened.filter((id) => id.startsWith('talk:'))).toHaveLength(busiest?.talks ?? -1);
    expect((await appState(page))['node']).toBe(group);
    // The details panel has nothing to fetch for a group: no error shown.
    expect(await page.locator('#details [role="alert"]').count()).toBe(0);
    await shot(page, 'overview-17-summary-year-open');

    await tap(page, group);
    await waitForMap(page);
    await expect.poll(() => drawnCount(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
