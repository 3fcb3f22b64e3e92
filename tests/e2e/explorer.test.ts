import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, testDriver } from '../support/graph.ts';
import {
  api,
  appState,
  choose,
  drawnCount,
  type Explorer,
  openPage,
  recordCspViolations,
  shot,
  startExplorer,
  visibleIds,
  waitForMap,
} from './explorer-fixture.ts';

const SEO = 'person:서민준';
const BERT = 'model:bert';

describe('the explorer on the corpus', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('draws the overview with a legend that counts and filters types', async () => {
    const { page, errors } = await openPage(explorer);
    const { stats } = await api<{ stats: { labels: { name: string; count: number }[] } }>(
      explorer,
      '{ stats { labels { name count } } }',
    );
    const talks = stats.labels.find((l) => l.name === 'Talk')?.count ?? 0;
    expect(await page.locator('#summary').textContent()).toContain(`${talks} talks`);
    const talkRow = page.locator('.legend-toggle[data-type="Talk"]');
    expect(await talkRow.locator('.legend-count').textContent()).toBe(`${talks} / ${talks}`);
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    await shot(page, 'overview');

    const before = await drawnCount(page);
    await talkRow.click();
    await waitForMap(page);
    expect(await talkRow.getAttribute('aria-pressed')).toBe('false');
    expect(await drawnCount(page)).toBe(before - talks);
    expect(new URL(page.url()).searchParams.get('off')).toBe('Talk');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('suggests while typing; choosing focuses the node, expands it and shows its details', async () => {
    const { page, errors } = await openPage(explorer);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('서민');
    await page.waitForSelector(`#search-list li.suggestion[data-id="${SEO}"] mark`);
    expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'search-suggestions');
    await choose(page, '#search-input', '서민', SEO);
    await waitForMap(page);
    await page.waitForSelector('#details-title');
    expect(await page.locator('#details-title').textContent()).toBe('서민준');
    expect(await page.locator('#details .aliases').textContent()).toContain('Minjoon Seo');
    expect(await appState(page)).toMatchObject({
      node: SEO,
      explore: { expanded: [{ id: SEO, types: null }] },
    });
    expect(await visibleIds(page)).toContain(SEO);
    // The talks that mention him, each with its evidence and the note it came from.
    await page.waitForSelector('#details .mentions .evidence mark');
    expect(await page.locator('#details .source-link').count()).toBeGreaterThan(0);
    await shot(page, 'details-person');

    await page
      .locator('#details .details-section')
      .filter({ hasText: 'Talks given' })
      .locator('.node-link')
      .first()
      .click();
    await page.waitForSelector('#details .type-chip:has-text("Talk")');
    await page.waitForSelector('#details .related li .reason');
    const sections = await page.locator('#details .details-section h3').allTextContents();
    expect(sections).toEqual(expect.arrayContaining(['Speakers', 'Mentions', 'Related talks']));
    await shot(page, 'details-talk');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands by type without moving what was placed, then collapses, hides, undoes and resets', async () => {
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(BERT)}`);
    await page.waitForSelector('#details-title:has-text("BERT")');
    const positions = await page.evaluate(() => window.talkgraph?.positions() ?? {});
    const before = await drawnCount(page);
    await page.selectOption('#details select.expand-type', 'Talk');
    await waitForMap(page);
    const expanded = await drawnCount(page);
    expect(expanded).toBeGreaterThan(before);
    const after = await page.evaluate(() => window.talkgraph?.positions() ?? {});
    for (const [id, point] of Object.entries(positions)) {
      expect(Math.hypot((after[id]?.x ?? 1e9) - point.x, (after[id]?.y ?? 1e9) - point.y), id).toBeLessThan(
        0.5,
      );
    }
    await shot(page, 'expanded-bert');

    await page.click('#details [data-action="collapse"]');
    await waitForMap(page);
    expect(await drawnCount(page)).toBe(before);
    await page.click('#undo');
    await waitForMap(page);
    expect(await drawnCount(page)).toBe(expanded);
    await page.click('#details [data-action="hide"]');
    await waitForMap(page);
    expect(await visibleIds(page)).not.toContain(BERT);
    expect(await page.locator('#details .welcome').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await waitForMap(page);
    expect(await visibleIds(page)).toContain(BERT);
    await page.click('#reset');
    await waitForMap(page);
    expect(page.url()).toBe(`${explorer.server.url}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the map to a range dragged on the time bar, and plays through the years', async () => {
    const { page, errors } = await openPage(explorer);
    const years = await yearsOf(explorer);
    const from = await page.locator('.bar[data-year="2015"]').boundingBox();
    const to = await page.locator('.bar[data-year="2018"]').boundingBox();
    if (!from || !to) {
      throw new Error('the time bar has no 2015–2018 bars');
    }
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
    await page.mouse.up();
    await waitForMap(page);
    expect(new URL(page.url()).searchParams.get('years')).toBe('2015-2018');
    expect(await page.locator('.range-label').textContent()).toBe('2015–2018');
    const visible = await visibleIds(page);
    expect(visible.length).toBeGreaterThan(0);
    for (const id of visible.filter((v) => years.has(v))) {
      const year = years.get(id) ?? null;
      expect(year !== null && year >= 2015 && year <= 2018, `${id} (${year})`).toBe(true);
    }
    await shot(page, 'timebar-2015-2018');

    await page.click('.timebar .play');
    await expect
      .poll(() => page.locator('.range-label').textContent(), { timeout: 5000 })
      .not.toBe('2015–2018');
    await page.click('.timebar .play');
    expect(await page.locator('.timebar .play').getAttribute('aria-pressed')).toBe('false');
    await page.locator('.bars').focus();
    await page.keyboard.press('Escape');
    await waitForMap(page);
    expect(await page.locator('.range-label').textContent()).toContain('All years');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays a career out by year and compares it with a second person', async () => {
    const { careerPath } = await api<{ careerPath: { id: string; year: number | null }[] }>(
      explorer,
      'query ($id: ID!) { careerPath(personId: $id) { id year } }',
      { id: SEO },
    );
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(SEO)}`);
    await page.waitForSelector('#details [data-action="career"]');
    await page.click('#details [data-action="career"]');
    await page.waitForSelector('.timeline .step-card');
    expect(await page.locator('.view-switch [data-view="career"]').getAttribute('aria-pressed')).toBe('true');
    const shown = await page
      .locator('.step-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-step')));
    expect(shown).toEqual(careerPath.map((s) => s.id));
    const headers = (await page.locator('.year-head.first').allTextContents())
      .filter((t) => /^\d{4}$/.test(t))
      .map(Number);
    expect(headers).toEqual([...headers].sort((a, b) => a - b));
    expect(await page.locator('.step-card .evidence').count()).toBe(careerPath.length);

    const other = await otherPersonWithSteps(explorer, SEO);
    await choose(page, '#compare-input', other.name, other.id);
    await page.waitForSelector('.lane-label >> nth=1');
    expect(new URL(page.url()).searchParams.get('compare')).toBe(other.id);
    expect(await page.locator('.step-card').count()).toBe(careerPath.length + other.steps);
    expect(await page.locator('.career-subject').textContent()).toContain(other.name);

    const move = page.locator('.step-card.lane-0[data-kind="joined"] .same-move-button').first();
    await move.click();
    await page.waitForSelector('.same-move .same-move-list, .same-move p.muted');
    await shot(page, 'career-compare');
    await page.click('[data-action="uncompare"]');
    await expect.poll(() => page.locator('.lane-label').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the connection between two nodes and highlights it on the map', async () => {
    const { page, errors } = await openPage(explorer);
    await choose(page, '#path-from', '서민준', SEO);
    await choose(page, '#path-to', 'BERT', BERT);
    await page.click('#path-find');
    await page.waitForSelector('#path-result .route');
    await waitForMap(page);
    const route = await page
      .locator('#path-result .route .node-link')
      .evaluateAll((links) => links.map((l) => l.getAttribute('data-id')));
    expect(route[0]).toBe(SEO);
    expect(route.at(-1)).toBe(BERT);
    expect(Number(await page.locator('#map').getAttribute('data-route'))).toBe(route.length);
    expect(await appState(page)).toMatchObject({ path: { from: SEO, to: BERT } });
    await shot(page, 'connection-finder');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the view in the URL: reload reproduces it, back and forward restore it', async () => {
    const { page, errors } = await openPage(explorer);
    await choose(page, '#search-input', '서민', SEO);
    await waitForMap(page);
    await page.click('.legend-toggle[data-type="Topic"]');
    await waitForMap(page);
    await page.locator('.bar[data-year="2018"]').click();
    await waitForMap(page);
    const state = await appState(page);
    expect(state).toMatchObject({ node: SEO, hiddenTypes: ['Topic'], range: { from: 2018, to: 2018 } });

    await page.reload();
    await waitForMap(page);
    expect(await appState(page)).toEqual(state);
    await page.waitForSelector('#details-title:has-text("서민준")');
    expect(await page.locator('.legend-toggle[data-type="Topic"]').getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(await page.locator('.range-label').textContent()).toBe('2018');

    await page.goBack();
    await waitForMap(page);
    expect(await appState(page)).toMatchObject({ range: null, hiddenTypes: ['Topic'] });
    await page.goBack();
    await waitForMap(page);
    expect(await appState(page)).toMatchObject({ range: null, hiddenTypes: [], node: SEO });
    await page.goForward();
    await page.goForward();
    await waitForMap(page);
    expect(await appState(page)).toEqual(state);

    // A shared link draws the same picture: the layout is seeded by the graph, not by chance.
    await page.reload();
    await waitForMap(page);
    const { page: copy } = await openPage(explorer, new URL(page.url()).search);
    expect(await appState(copy)).toEqual(state);
    expect((await visibleIds(copy)).sort()).toEqual((await visibleIds(page)).sort());
    const positions = await page.evaluate(() => window.talkgraph?.positions() ?? {});
    expect(await copy.evaluate(() => window.talkgraph?.positions() ?? {})).toEqual(positions);
    await copy.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the view as PNG and as JSON with positions', async () => {
    const { page, errors } = await openPage(
      explorer,
      `/?node=${encodeURIComponent(SEO)}&x=${encodeURIComponent(SEO)}`,
    );
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/^talkgraph-서민준-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await streamBytes(await png.createReadStream());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const view = JSON.parse((await streamBytes(await json.createReadStream())).toString('utf8')) as {
      state: { node: string };
      elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[]; edges: unknown[] };
    };
    expect(view.state.node).toBe(SEO);
    expect(view.elements.nodes).toHaveLength(await drawnCount(page));
    expect(view.elements.edges.length).toBeGreaterThan(0);
    for (const node of view.elements.nodes) {
      expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says clearly when the server fails, lets the user retry, and explains an empty graph', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, body: 'down for maintenance' }));
    await page.goto(explorer.server.url);
    await page.waitForSelector('#map[data-ready="error"]');
    expect(await page.locator('#map-overlay [role="alert"]').textContent()).toContain('503');
    await shot(page, 'state-server-error');

    await page.unroute('**/graphql');
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('query Overview')) {
        await route.fulfill({
          json: {
            data: { talks: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
          },
        });
      } else {
        await route.continue();
      }
    });
    await page.click('#map-overlay button');
    await page.waitForSelector('#map-overlay[data-state="empty"]');
    expect(await page.locator('#map-overlay').textContent()).toContain('No talks yet');
    await shot(page, 'state-empty');
    await page.close();
  });

  it('runs under the strict Content-Security-Policy, and links only http(s) pages', async () => {
    const violations: string[] = [];
    const probe = await explorer.browser.newPage();
    await recordCspViolations(probe, violations);
    const response = await probe.goto(explorer.server.url);
    expect(response?.headers()['content-security-policy']).toMatch(
      /default-src 'self'.*frame-ancestors 'none'/,
    );
    // The policy is enforced: an inline script is refused (and reported).
    await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await probe.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await probe.close();

    // A talk whose note gave a javascript: url (the server drops it), then an https one.
    const { talks } = await api<{ talks: { edges: { node: { id: string; url: string | null } }[] } }>(
      explorer,
      '{ talks(first: 1) { edges { node { id url } } } }',
    );
    const talk = talks.edges[0]?.node;
    if (!talk) {
      throw new Error('no talk in the corpus');
    }
    const driver = await testDriver();
    const setUrl = (url: string | null) =>
      driver.executeQuery(
        'MATCH (t:Talk {id: $id}) SET t.url = $url',
        { id: talk.id, url },
        { database: DATABASE },
      );
    try {
      await setUrl('javascript:alert(document.domain)');
      const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(talk.id)}`);
      await page.waitForSelector('#details-title');
      await page.waitForSelector('#details .source-links, #details .details-section');
      expect(await page.locator('#details a[href^="javascript" i]').count()).toBe(0);
      expect(await page.locator('#details a.external').count()).toBe(0);
      await page.close();

      await setUrl('https://example.org/talk');
      const again = await openPage(explorer, `/?node=${encodeURIComponent(talk.id)}`);
      await again.page.waitForSelector('#details a.external');
      expect(await again.page.locator('#details a.external').getAttribute('href')).toBe(
        'https://example.org/talk',
      );
      expect([...errors, ...again.errors]).toEqual([]);
      await again.page.close();
    } finally {
      await setUrl(talk.url);
      await driver.close();
    }
  });

  it('draws with WebGL when asked', async () => {
    const { page, errors } = await openPage(explorer, '/?renderer=webgl', 1100, 700);
    expect(await page.locator('#map').getAttribute('data-renderer')).toBe('webgl');
    expect(await page.locator('#renderer').inputValue()).toBe('webgl');
    await page.selectOption('#renderer', 'canvas');
    await waitForMap(page);
    expect(await page.locator('#map').getAttribute('data-renderer')).toBe('canvas');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Years of every talk and career step, from the API. */
async function yearsOf(explorer: Explorer): Promise<Map<string, number | null>> {
  const data = await api<{
    talks: {
      edges: {
        node: { id: string; year: number | null; decisions: { id: string; year: number | null }[] };
      }[];
    };
  }>(explorer, '{ talks(first: 100) { edges { node { id year decisions { id year } } } } }');
  const years = new Map<string, number | null>();
  for (const { node } of data.talks.edges) {
    years.set(node.id, node.year);
    for (const decision of node.decisions) {
      years.set(decision.id, decision.year);
    }
  }
  return years;
}

/** Someone else with a career path, found through the API (names change as the ingest improves). */
async function otherPersonWithSteps(
  explorer: Explorer,
  not: string,
): Promise<{ id: string; name: string; steps: number }> {
  const data = await api<{
    talks: { edges: { node: { decisions: { person: { id: string; name: string } | null }[] } }[] };
  }>(explorer, '{ talks(first: 100) { edges { node { decisions { person { id name } } } } } }');
  const counts = new Map<string, { id: string; name: string; steps: number }>();
  for (const { node } of data.talks.edges) {
    for (const { person } of node.decisions) {
      if (person && person.id !== not && !person.id.includes('unnamed')) {
        const known = counts.get(person.id) ?? { ...person, steps: 0 };
        counts.set(person.id, known);
      }
    }
  }
  const candidates = [...counts.values()].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = candidates.find((c) => /[가-힣]/.test(c.name)) ?? candidates[0];
  if (!chosen) {
    throw new Error('the corpus has only one person with a career path');
  }
  const { careerPath } = await api<{ careerPath: unknown[] }>(
    explorer,
    'query ($id: ID!) { careerPath(personId: $id) { id } }',
    {
      id: chosen.id,
    },
  );
  return { ...chosen, steps: careerPath.length };
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk as Buffer));
  }
  return Buffer.concat(chunks);
}
