import { describe, expect, it } from 'vitest';
import { normaliseRole } from '../../ingest/lexicon/role-vocabulary.ts';

/** Issue 13: roles mixed languages (교수 / professor); affiliations now carry one vocabulary. */
describe('normaliseRole', () => {
  it('gives Korean and English words of one role one English name', () => {
    expect(normaliseRole('교수')).toBe('professor');
    expect(normaliseRole('Professor')).toBe('professor');
    expect(normaliseRole('교수님')).toBe('professor');
    expect(normaliseRole('조교수')).toBe('assistant professor');
    expect(normaliseRole('Assistant Professor')).toBe('assistant professor');
    expect(normaliseRole('박사과정')).toBe('PhD student');
    expect(normaliseRole('PhD candidate')).toBe('PhD student');
    expect(normaliseRole('대표')).toBe('CEO');
    expect(normaliseRole('CEO')).toBe('CEO');
  });

  it('finds the most specific role inside a phrase, Latin words whole', () => {
    expect(normaliseRole('AI Lab 선임연구원')).toBe('senior researcher');
    expect(normaliseRole('Assistant Professor of Computer Science')).toBe('assistant professor');
    expect(normaliseRole('Senior ML Engineer')).toBe('engineer');
    expect(normaliseRole('Leaderboard maintainer')).toBe('Leaderboard maintainer');
  });

  it('keeps words it does not know, and nothing stays nothing', () => {
    expect(normaliseRole('  evangelist ')).toBe('evangelist');
    expect(normaliseRole(null)).toBeNull();
    expect(normaliseRole('  ')).toBeNull();
  });
});

describe('affiliations of a note', () => {
  it('carry roles in the one vocabulary (a professor told as 교수)', async () => {
    const { extractDocument, readDocument } = await import('../../ingest/run/process-note.ts');
    const rows = extractDocument(await readDocument('corpus/extra-joo-jaegul-profile.txt'));
    const roles = rows.affiliations.map((a) => a.role).filter((r): r is string => r !== null);
    expect(roles).toContain('professor');
    expect(roles.filter((r) => /[가-힣]/.test(r))).toEqual([]);
  });
});
