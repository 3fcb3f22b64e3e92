import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../support/axe.ts';
import { type Explorer, openPage, startExplorer, waitForMap } from './explorer-fixture.ts';

const SEO = 'person:서민준';
const BERT = 'model:bert';

/** axe-core on every view of the explorer: no critical or serious violation. */
describe('accessibility', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  const views: [string, string, (page: import('playwright-core').Page) => Promise<void>][] = [
    [
      'the overview with a type switched off',
      '/',
      async (page) => {
        await page.click('.legend-toggle[data-type="Topic"]');
      },
    ],
    [
      'search suggestions',
      '/',
      async (page) => {
        await page.fill('#search-input', '서민');
        await page.waitForSelector('#search-list li.suggestion');
      },
    ],
    [
      'a person selected',
      `/?node=${encodeURIComponent(SEO)}`,
      async (page) => {
        // The panel's sections come from a second query: slow when the machine is busy.
        await page.waitForSelector('#details .details-section', { timeout: 60_000 });
      },
    ],
    [
      'a connection found',
      `/?pathFrom=${encodeURIComponent(SEO)}&pathTo=${encodeURIComponent(BERT)}`,
      async (page) => {
        await page.waitForSelector('#path-result .route');
      },
    ],
    [
      'the career tab with nobody selected',
      '/?view=career',
      async (page) => {
        await page.waitForSelector('#career .career-empty');
      },
    ],
    [
      'a career compared',
      `/?view=career&node=${encodeURIComponent(SEO)}`,
      async (page) => {
        await page.waitForSelector('.timeline .step-card');
        await page.locator('.compare-row .chip-button').first().click();
        await page.waitForSelector('.lane-label >> nth=1');
      },
    ],
  ];

  for (const [name, path, prepare] of views) {
    it(`has no critical or serious violation on ${name}`, async () => {
      const { page, errors } = await openPage(explorer, path);
      await prepare(page);
      await waitForMap(page);
      const violations = await seriousViolations(page);
      expect(describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('says the interface language, and names the legend and heading the page', async () => {
    const { page } = await openPage(explorer);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').count()).toBe(1);
    const talks = page.locator('.legend-toggle[data-type="Talk"]');
    expect(await talks.textContent()).toMatch(/^Talks 강연, \d+ \/ \d+ on the map \/ in the graph$/);
    await page.close();
  });

  it('reaches nodes from the keyboard: arrows move between neighbours, Enter opens', async () => {
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(SEO)}`);
    await page.waitForSelector('#details-title:has-text("서민준")');
    await page.locator('#map').focus();
    const start = await page.locator('#map').getAttribute('data-cursor');
    expect(start).toBe(SEO);
    await page.keyboard.press('ArrowRight');
    const next = await page.locator('#map').getAttribute('data-cursor');
    expect(next).not.toBe(SEO);
    expect(await page.locator('#map-cursor').textContent()).toMatch(/Enter opens/);
    await page.keyboard.press('Enter');
    await waitForMap(page);
    await expect
      .poll(async () => ((await page.evaluate(() => window.talkgraph?.state())) as { node: string }).node)
      .toBe(next);
    expect(errors).toEqual([]);
    await page.close();
  });
});
