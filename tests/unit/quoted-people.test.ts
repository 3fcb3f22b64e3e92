import { describe, expect, it } from 'vitest';
import { quotedPeople } from '../../ingest/extract/quoted-people.ts';
import { findTalkVoice } from '../../ingest/speakers/talk-speakers.ts';

// Pattern: a profile introduces its subject by full name once and quotes them by surname.
// Every example is invented.
describe('the people an article quotes', () => {
  it.each([
    ['When Lena Ortiz joined the lab, few noticed. "It was a gamble," says Ortiz.', 'Lena Ortiz'],
    ['Ivo Marsh founded Examplify in 2019. Marsh said the first year was the hardest.', 'Ivo Marsh'],
  ])('%s → %s', (text, name) => {
    expect(quotedPeople(text).map((p) => p.name)).toContain(name);
  });

  it('a surname never quoted, or a quote of a company, names nobody', () => {
    expect(quotedPeople('Lena Ortiz joined the lab in 2019 and left in 2021.')).toEqual([]);
    expect(quotedPeople('"We are hiring," the company said. Example Labs grew fast.')).toEqual([]);
  });

  it('the quoted subject is the talk’s speaker, not the byline’s journalist', () => {
    const text =
      'By Tom Reyes | June 3, 2024\nWhen Lena Ortiz left Google Brain in 2020, few understood. "I wanted small models," says Ortiz.';
    const voice = findTalkVoice({
      title: 'The engineer who bet on small models',
      headingSpeaker: null,
      metaSpeakers: [],
      multi: false,
      lead: text.split('\n'),
      text,
    });
    expect(voice.speakers).toEqual(['Lena Ortiz']);
  });
});
