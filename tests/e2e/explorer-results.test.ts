import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  appState,
  choose,
  type Explorer,
  openPage,
  shot,
  startExplorer,
  waitForMap,
} from './explorer-fixture.ts';

const SEO = 'person:서민준';
const BERT = 'model:bert';

interface Paths {
  shortestPaths: { paths: { nodes: { id: string }[] }[] } | null;
}

describe('results in view: other shortest connections, expansions in free space', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('lists the other shortest connections under the route found, and draws the one picked', async () => {
    const { shortestPaths } = await api<Paths>(
      explorer,
      `{ shortestPaths(from: "${SEO}", to: "${BERT}", first: 8) { paths { nodes { id } } } }`,
    );
    const expected = shortestPaths?.paths.map((p) => p.nodes.map((n) => n.id).join(' ')) ?? [];
    // The corpus links 서민준 and BERT through more than one talk.
    expect(expected.length).toBeGreaterThan(1);

    const { page, errors } = await openPage(explorer);
    await choose(page, '#path-from', '서민준', SEO);
    await choose(page, '#path-to', 'BERT', BERT);
    await page.click('#path-find');
    await page.waitForSelector('#path-result :is(.route, .error-box, p.muted)');
    expect(await page.locator('#path-result').textContent()).toContain('steps');
    await waitForMap(page);
    await page.click('#path-others-ask');
    await page.waitForSelector('#path-others .other-path');
    const offered = await page
      .locator('#path-others .other-path')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-route')));
    expect(offered).toEqual(expected);
    // The route on the map is one of them, and it is the one marked as shown.
    const shownRoute = async () =>
      (
        await page
          .locator('#path-result .route .node-link')
          .evaluateAll((links) => links.map((l) => l.getAttribute('data-id')))
      ).join(' ');
    const first = await shownRoute();
    const pressed = page.locator('#path-others .other-path[aria-pressed="true"]');
    expect(await pressed.getAttribute('data-route')).toBe(first);

    const other = expected.find((route) => route !== first) as string;
    await page.click(`#path-others .other-path[data-route="${other}"]`);
    await expect.poll(shownRoute).toBe(other);
    await waitForMap(page);
    expect(await pressed.getAttribute('data-route')).toBe(other);
    expect(Number(await page.locator('#map').getAttribute('data-route'))).toBe(other.split(' ').length);
    // The picked path is framed: each of its nodes is drawn inside the map (once the camera settles).
    const box = await page.locator('#map').boundingBox();
    const outside = async () => {
      const rendered = (await page.evaluate(() => window.talkgraph?.rendered() ?? {})) as Record<
        string,
        { x: number; y: number }
      >;
      return other.split(' ').filter((id) => {
        const p = rendered[id];
        return !p || p.x < 0 || p.y < 0 || p.x > (box?.width ?? 0) || p.y > (box?.height ?? 0);
      });
    };
    await expect.poll(outside).toEqual([]);
    await shot(page, 'connection-others');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('places an expansion in free space around the node expanded, leaving every placed node where it was', async () => {
    // The talk that mentions the most: expanding it brings what it mentions (not on the overview).
    const { talks } = await api<{
      talks: { edges: { node: { id: string; mentions: unknown[] } }[] };
    }>(explorer, '{ talks(first: 100) { edges { node { id mentions(first: 100) { count } } } } }');
    const talk = talks.edges.map((e) => e.node).sort((a, b) => b.mentions.length - a.mentions.length)[0]
      ?.id as string;
    const { page, errors } = await openPage(explorer, `/?node=${encodeURIComponent(talk)}`);
    await page.waitForSelector('#details [data-action="expand"]');
    const places = async () =>
      (await page.evaluate(() => window.talkgraph?.positions() ?? {})) as Record<
        string,
        { x: number; y: number }
      >;
    const before = await places();
    await page.click('#details [data-action="expand"]');
    await waitForMap(page);
    const after = await places();
    const added = Object.keys(after).filter((id) => !(id in before));
    expect(added.length).toBeGreaterThan(3);
    for (const [id, point] of Object.entries(before)) {
      expect(after[id], id).toEqual(point);
    }
    // Room as the placement counts it (labels run sideways: 1.6 times across): 95 units.
    const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot((a.x - b.x) / 1.6, a.y - b.y);
    const parent = after[talk] as { x: number; y: number };
    for (const id of added) {
      const point = after[id] as { x: number; y: number };
      const nearest = Math.min(
        ...Object.entries(after)
          .filter(([other]) => other !== id)
          .map(([, p]) => apart(point, p)),
      );
      expect(nearest, id).toBeGreaterThanOrEqual(94);
      // Beside the node it hangs from, not somewhere across the map.
      expect(apart(point, parent), id).toBeLessThan(95 * 12);
    }
    await shot(page, 'expansion-free-space');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('lays out the first picture the same whichever renderer draws it (the map is built while the worker runs)', async () => {
    const placesWith = async (renderer: string) => {
      const { page, errors } = await openPage(explorer, `/?renderer=${renderer}`);
      const drawnBy = await page.locator('#map').getAttribute('data-renderer');
      const places = (await page.evaluate(() => window.talkgraph?.positions() ?? {})) as Record<
        string,
        { x: number; y: number }
      >;
      expect(errors).toEqual([]);
      await page.close();
      return { drawnBy, places };
    };
    const canvas = await placesWith('canvas');
    const webgl = await placesWith('webgl');
    expect(canvas.drawnBy).toBe('canvas');
    expect(webgl.drawnBy).toBe('webgl');
    expect(Object.keys(webgl.places).sort()).toEqual(Object.keys(canvas.places).sort());
    for (const [id, point] of Object.entries(canvas.places)) {
      const other = webgl.places[id] ?? { x: Number.NaN, y: Number.NaN };
      expect(Math.hypot(other.x - point.x, other.y - point.y), id).toBeLessThan(1);
    }
  });
  it('opens a talk group of the summary when one zooms into it, and not when the camera moves', async () => {
    const { page, errors } = await openPage(explorer, '/?overview=summary');
    const box = (await page.locator('#map').boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const rendered = async () =>
      (await page.evaluate(() => window.talkgraph?.rendered() ?? {})) as Record<
        string,
        { x: number; y: number }
      >;
    const before = await rendered();
    const [group, at] = Object.entries(before).find(([id]) => /^talks-of:\d+$/.test(id)) as [
      string,
      { x: number; y: number },
    ];
    // The fit zoomed (the camera's move): nothing opened.
    expect((await appState(page))['explore']).toMatchObject({ expanded: [] });
    // Drag the background from the emptiest spot so the group comes to the middle.
    let from = { x: 0, y: 0 };
    let room = -1;
    for (let x = 20; x < box.width; x += 40) {
      for (let y = 20; y < box.height; y += 40) {
        const nearest = Math.min(...Object.values(before).map((p) => Math.hypot(p.x - x, p.y - y)));
        if (nearest > room) {
          room = nearest;
          from = { x, y };
        }
      }
    }
    const shift = { x: box.width / 2 - at.x, y: box.height / 2 - at.y };
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    await page.mouse.move(box.x + from.x + shift.x, box.y + from.y + shift.y, { steps: 10 });
    await page.mouse.up();
    await page.focus('#map');
    for (
      let press = 0;
      press < 20 && (await page.evaluate(() => window.talkgraph?.zoom() ?? 0)) < 1.2;
      press += 1
    ) {
      await page.keyboard.press('+');
    }
    await expect
      .poll(async () => ((await appState(page))['explore'] as { expanded: { id: string }[] }).expanded)
      .toEqual([{ id: group, types: null }]);
    await waitForMap(page);
    expect(Object.keys(await rendered()).length).toBeGreaterThan(Object.keys(before).length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
