import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../support/axe.ts';
import { api, type Explorer, openPage, shot, startExplorer } from './explorer-fixture.ts';

const SEO = 'person:서민준';

interface Move {
  id: string;
  kind: string;
  toldIn: number;
  place: { id: string } | null;
  yearConflict: { chosen: number; votes: { year: number }[] } | null;
}

/** Issue 13: the career view shows moves, how many notes tell each, year conflicts and every telling. */
describe('career view of a person told in two notes', () => {
  let explorer: Explorer;

  beforeAll(async () => {
    explorer = await startExplorer();
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('shows each move once with "told in N notes", its year conflict and its tellings', async () => {
    const { careerPath } = await api<{ careerPath: Move[] }>(
      explorer,
      'query ($id: ID!) { careerPath(personId: $id) { id kind toldIn place { id } yearConflict { chosen votes { year } } } }',
      { id: SEO },
    );
    const twice = careerPath.find((m) => m.toldIn >= 2 && m.yearConflict);
    expect(twice, 'the corpus tells one of his moves in two notes with two years').toBeDefined();
    if (!twice?.yearConflict) {
      return;
    }
    const { page, errors } = await openPage(explorer, `/?view=career&node=${encodeURIComponent(SEO)}`);
    await page.waitForSelector('.timeline .step-card');
    const shown = await page
      .locator('.step-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-step')));
    expect(shown).toEqual(careerPath.map((m) => m.id));
    // One card per kind and place: the retellings of the second note are not steps of their own.
    const keys = careerPath.map((m) => `${m.kind}|${m.place?.id ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);

    const card = page.locator(`.step-card[data-step="${twice.id}"]`);
    expect(await card.locator('.tellings summary').textContent()).toContain(`told in ${twice.toldIn} notes`);
    const conflict = (await card.locator('.year-conflict').textContent()) ?? '';
    for (const vote of twice.yearConflict.votes) {
      expect(conflict).toContain(String(vote.year));
    }
    expect(conflict).toContain(`${twice.yearConflict.chosen} chosen by`);
    expect(await card.locator('.year.conflict').count()).toBe(1);

    await card.locator('.tellings summary').click();
    await card
      .locator('.tellings .telling')
      .nth(twice.toldIn - 1)
      // The tellings are read when first opened; a busy machine answers slowly.
      .waitFor({ timeout: 60_000 });
    expect(await card.locator('.tellings .telling').count()).toBe(twice.toldIn);
    const said = await card.locator('.telling-year').allTextContents();
    // Every telling states one of the voted years, and every voted year is stated by a telling.
    expect([...new Set(said)].sort()).toEqual(twice.yearConflict.votes.map((v) => `says ${v.year}`).sort());
    expect(await card.locator('.tellings .telling .evidence').count()).toBe(twice.toldIn);
    expect(await card.locator('.tellings .telling-note').count()).toBe(twice.toldIn);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'career-moves-seo');

    // The tellings open from the keyboard too (a native disclosure), and the view passes axe.
    const other = page.locator(`.step-card:not([data-step="${twice.id}"]) .tellings summary`).first();
    await other.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => other.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
