/**
 * End to end on notes written for these tests (tests/fixtures/unit-notes/), one per layout the
 * extraction must generalise to: who gave each talk, when, and the career steps it tells.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, readDocument } from '../../ingest/run/process-note.ts';

const NOTES = join(import.meta.dirname, '..', 'fixtures', 'unit-notes');

async function extracted(file: string) {
  const doc = await readDocument(join(NOTES, file));
  const rows = extractDocument(doc);
  const names = new Map(rows.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  return {
    talks: doc.talks.map((t) => ({ title: t.title, speakers: t.speakers, date: t.date })),
    decisions: rows.decisions.map((d) => ({
      person: name(d.person),
      kind: d.kind,
      year: d.year,
      from: name(d.from),
      to: name(d.to),
    })),
  };
}

describe('a bullet CV whose subject names the first heading', () => {
  it('gives the CV to its subject and reads its dated items as steps', async () => {
    const { talks, decisions } = await extracted('cv-profile.md');
    expect(talks.map((t) => t.speakers)).toEqual([['문가은']]);
    expect(decisions).toEqual([
      { person: '문가은', kind: 'grad_school', year: 2016, from: null, to: 'POSTECH' },
      { person: '문가은', kind: 'joined', year: 2018, from: null, to: 'Kakao' },
      { person: '문가은', kind: 'military_service', year: 2018, from: null, to: 'Kakao' },
      { person: '문가은', kind: 'joined', year: 2021, from: null, to: 'Upstage' },
      { person: '문가은', kind: 'joined', year: 2023, from: null, to: 'Naver Clova' },
    ]);
  });
});

describe('a timestamped transcript', () => {
  it('gives the talk to the guest, not the host or the audience, and skips the negated PhD', async () => {
    const { talks, decisions } = await extracted('transcript-podcast.txt');
    expect(talks).toEqual([expect.objectContaining({ speakers: ['한서준'], date: '2022-11-12' })]);
    expect(decisions).toEqual([
      { person: '한서준', kind: 'grad_school', year: 2014, from: null, to: 'KAIST' },
      { person: '한서준', kind: 'joined', year: 2016, from: null, to: 'Samsung Electronics' },
      { person: '한서준', kind: 'joined', year: 2021, from: 'Samsung Electronics', to: 'Scatter Lab' },
    ]);
  });
});

describe('a meetup recap with numbered sessions', () => {
  it('splits one talk per session, each with its speaker and the recap date', async () => {
    const { talks, decisions } = await extracted('meetup-sessions.md');
    expect(talks.map((t) => [t.speakers, t.date])).toEqual([
      [['Priya Natarajan'], '2023-06-15'],
      [['윤하림'], '2023-06-15'],
      [['서도현'], '2023-06-15'],
    ]);
    expect(decisions).toEqual([
      { person: 'Priya Natarajan', kind: 'left', year: 2019, from: 'Google', to: null },
      { person: 'Priya Natarajan', kind: 'joined', year: 2019, from: 'Google', to: 'Hugging Face' },
      { person: '윤하림', kind: 'left', year: 2020, from: 'Kakao', to: null },
      { person: '윤하림', kind: 'founded', year: 2020, from: 'Kakao', to: null },
      { person: '서도현', kind: 'grad_school', year: 2017, from: null, to: 'Seoul National University' },
    ]);
  });
});

describe('an HTML page named by its <title>, with a reader thread', () => {
  it('finds the speaker in the title and ignores what readers wrote', async () => {
    const { talks, decisions } = await extracted('webinar-notitle.html');
    expect(talks).toEqual([expect.objectContaining({ speakers: ['김소율'], date: '2021-09-30' })]);
    expect(decisions.map((d) => [d.person, d.kind, d.year])).toEqual([
      ['김소율', 'grad_school', 2015],
      ['김소율', 'joined', 2018],
    ]);
  });
});

describe('a first-person blog whose author introduces themselves', () => {
  it('names the author and gives them the story', async () => {
    const { talks, decisions } = await extracted('first-person-blog.txt');
    expect(talks.map((t) => t.speakers)).toEqual([['정우람']]);
    expect(decisions).toEqual([
      { person: '정우람', kind: 'joined', year: 2019, from: null, to: 'Coupang' },
      { person: '정우람', kind: 'joined', year: 2021, from: 'Coupang', to: 'Viva Republica' },
    ]);
  });
});

describe('an English recap with a host and a guest', () => {
  it('gives the talk to the guest and reads English career verbs', async () => {
    const { talks, decisions } = await extracted('english-recap.md');
    expect(talks).toEqual([expect.objectContaining({ speakers: ['Sara Lindqvist'], date: '2023-03-02' })]);
    expect(decisions).toEqual(
      expect.arrayContaining([
        { person: 'Sara Lindqvist', kind: 'grad_school', year: 2012, from: null, to: 'ETH Zurich' },
        { person: 'Sara Lindqvist', kind: 'joined', year: 2018, from: 'ETH Zurich', to: 'DeepMind' },
        { person: 'Sara Lindqvist', kind: 'joined', year: 2022, from: null, to: 'Upstage' },
        { person: 'Sara Lindqvist', kind: 'founded', year: 2023, from: null, to: null },
      ]),
    );
    expect(decisions.some((d) => d.person === 'Mark Ellison')).toBe(false);
  });
});

describe('a Notion page listing its properties in a table', () => {
  it('reads the speaker and the date from the property rows, and a role is no workplace', async () => {
    const { talks, decisions } = await extracted('notion-properties.md');
    expect(talks).toEqual([expect.objectContaining({ speakers: ['박지안'], date: '2022-08-19' })]);
    expect(decisions).toEqual([
      { person: '박지안', kind: 'joined', year: 2017, from: null, to: 'Coupang' },
      { person: '박지안', kind: 'joined', year: 2020, from: 'Coupang', to: 'Kakao' },
    ]);
  });
});

describe('an English profile page', () => {
  it('takes the name above the role line as its subject and reads "Place — Role (period)" lines', async () => {
    const { talks, decisions } = await extracted('profile-page.txt');
    expect(talks.map((t) => t.speakers)).toEqual([['Jordan Kim']]);
    expect(decisions).toEqual([
      { person: 'Jordan Kim', kind: 'joined', year: 2020, from: null, to: 'Naver' },
      { person: 'Jordan Kim', kind: 'joined', year: 2017, from: null, to: 'Kakao' },
      { person: 'Jordan Kim', kind: 'grad_school', year: 2015, from: null, to: 'KAIST' },
    ]);
  });
});

describe('a panel of two', () => {
  it('gives the talk to both panelists, not the moderator, and each their own steps', async () => {
    const { talks, decisions } = await extracted('panel-talk.md');
    expect(talks.map((t) => t.speakers)).toEqual([['박지안', '최서윤']]);
    expect(decisions.map((d) => [d.person, d.kind, d.year, d.to])).toEqual([
      ['박지안', 'joined', 2019, 'Upstage'],
      ['최서윤', 'grad_school', 2018, 'KAIST'],
    ]);
  });
});

describe('an interview in bold speaker turns', () => {
  it('gives the talk to the interviewee; an unresolvable "작년" stays without a year', async () => {
    const { talks, decisions } = await extracted('interview-bold.md');
    expect(talks).toEqual([expect.objectContaining({ speakers: ['박지안'], date: null })]);
    expect(decisions.map((d) => [d.kind, d.year, d.to])).toEqual([
      ['joined', 2012, 'Naver'],
      ['grad_school', 2016, 'KAIST'],
      ['joined', null, 'Upstage'],
    ]);
  });
});
