import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../support/axe.ts';
import { api, type Explorer, openPage, shot, startExplorer } from './explorer-fixture.ts';

interface Flow {
  source: { label: string };
  target: { label: string };
  people: number;
  steps: { person: { id: string } | null }[];
}

const FLOWS = `query ($groupBy: FlowGrouping, $from: Int, $to: Int) {
  careerFlows(groupBy: $groupBy, from: $from, to: $to, first: 40) {
    source { label } target { label } people steps(first: 20) { person { id } }
  }
}`;

/** Issue 13: the career-flows view, a Sankey of moves between places driven by the time bar. */
describe('career flows view', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  const flows = async (variables: Record<string, unknown>) =>
    (await api<{ careerFlows: Flow[] }>(explorer, FLOWS, variables)).careerFlows;

  it('draws a band per flow, people as width, follows the time bar and lists the people of a band', async () => {
    const all = await flows({ groupBy: 'INSTITUTION' });
    const recent = await flows({ groupBy: 'INSTITUTION', from: 2020, to: 2021 });
    expect(all.length).toBeGreaterThan(recent.length);
    expect(recent.length).toBeGreaterThan(0);

    const { page, errors } = await openPage(explorer, '/?view=flows&years=2020-2021');
    await page.waitForSelector('#flows .flow-band');
    expect(await page.locator('.view-switch [data-view="flows"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#flows .flow-band').count()).toBe(recent.length);
    const labels = await page
      .locator('#flows .flow-band')
      .evaluateAll((bands) => bands.map((b) => b.getAttribute('aria-label')));
    expect(labels[0]).toContain(`${recent[0]?.source.label} → ${recent[0]?.target.label}`);
    // Band width is the number of people: one width per person, whatever the flow.
    const perPerson = await page
      .locator('#flows .flow-band')
      .evaluateAll((bands) =>
        bands.map((b) => Number(b.getAttribute('stroke-width')) / Number(b.getAttribute('data-people'))),
      );
    for (const width of perPerson) {
      expect(width).toBeCloseTo(perPerson[0] ?? 0, 3);
    }

    // The time bar drives it: Escape on the bars is all years.
    await page.locator('.timebar .bars').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#flows .flow-band').count(), { timeout: 30_000 }).toBe(all.length);

    // Keyboard: from the controls, Tab reaches the first band; Enter lists its people with evidence.
    await page.locator('#flows-min').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe('flow-band');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.flow-detail .flow-person');
    const first = all[0] as Flow;
    expect(await page.locator('.flow-detail .flow-person').count()).toBe(first.steps.length);
    expect(await page.locator('.flow-detail h3').textContent()).toContain(
      `${first.source.label} → ${first.target.label}`,
    );
    expect(await page.locator('.flow-detail .flow-person .evidence').count()).toBeGreaterThanOrEqual(
      first.steps.length,
    );
    expect(await page.locator('#flows .flow-band[aria-pressed="true"]').count()).toBe(1);
    await shot(page, 'career-flows');

    // A click works as Enter does, and a person's career path is one click away.
    const last = page.locator('#flows .flow-band').last();
    await last.dispatchEvent('click');
    await expect.poll(() => last.getAttribute('aria-pressed')).toBe('true');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    const person = await page
      .locator('.flow-detail .flow-person-head .node-link')
      .first()
      .getAttribute('data-id');
    await page.locator('.flow-detail [data-action="career"]').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('career');
    expect(new URL(page.url()).searchParams.get('node')).toBe(person);
    expect(await page.locator('#flows').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('groups by kind of institution', async () => {
    const kinds = await flows({ groupBy: 'INSTITUTION_KIND' });
    expect(kinds.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(explorer, '/?view=flows');
    await page.waitForSelector('#flows .flow-band');
    await page.selectOption('#flows-group', 'INSTITUTION_KIND');
    await expect
      .poll(() => page.locator('#flows .flow-band').count(), { timeout: 30_000 })
      .toBe(kinds.length);
    const ends = await page.locator('#flows .flow-end text').allTextContents();
    expect(ends.some((t) => /^(Companies|Universities|Labs|Other places)/.test(t))).toBe(true);
    await shot(page, 'career-flows-kinds');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
