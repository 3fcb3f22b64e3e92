/**
 * One institution, several spellings in one note (issue 13): Korean long and short forms, a name
 * glossed in brackets in the other script, and a lone gerund that is no organisation. Every
 * example is made up.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';
import { koreanShortForms } from '../../ingest/extract/korean-short-forms.ts';
import { parseOntology } from '../../ingest/extract/load-ontology.ts';

const ontology = parseOntology([
  {
    file: 'institutions.yaml',
    content: [
      'type: Institution',
      'entities:',
      '  - name: Hanbit Tech',
      '    kind: university',
      '    aliases: [한빛공대]',
      '  - name: Nuri University',
      '    kind: university',
      '    aliases: [누리대]',
    ].join('\n'),
  },
]);

const institutions = (text: string, withOntology = true) =>
  extractEntities(text, withOntology ? { ontology } : {})
    .entities.filter((e) => e.type === 'Institution')
    .map((e) => [e.name, e.aliases]);

describe('Korean long and short forms of an institution name', () => {
  it('lists the other forms of one ending, spaced and not', () => {
    expect(koreanShortForms('한빛공과대학교')).toEqual(
      expect.arrayContaining(['한빛공대', '한빛 공대', '한빛공과대학']),
    );
    expect(koreanShortForms('누리대')).toEqual(expect.arrayContaining(['누리대학교', '누리 대학']));
    expect(koreanShortForms('누리대')).not.toContain('누리대');
  });

  it('leaves a one-syllable stem and other endings alone', () => {
    expect(koreanShortForms('20대')).toEqual([]);
    expect(koreanShortForms('한대')).toEqual([]);
    expect(koreanShortForms('누리연구소')).toEqual([]);
  });

  it('resolves a long form to the institution the ontology knows by its short form', () => {
    expect(
      institutions('2015년 한빛공과대학교에서 석사를 마치고 2018년 누리대학교 교수로 부임했다.'),
    ).toEqual([
      ['Hanbit Tech', ['Hanbit Tech', '한빛공과대학교']],
      ['Nuri University', ['Nuri University', '누리대학교']],
    ]);
  });
});

describe('a name glossed in brackets in the other script', () => {
  it('folds two discovered names into one, the Latin name kept, in the whole talk', () => {
    expect(
      institutions('이후 Daon University(다온대학교) 교수로 옮겼다. 다온대학교에서는 5년을 지냈다.', false),
    ).toEqual([['Daon University', ['Daon University', '다온대학교']]]);
    expect(
      institutions(
        '2012년 한빛과학기술대학교(Hanbit Institute of Technology)에서 박사 학위를 받았다.',
        false,
      ),
    ).toEqual([['Hanbit Institute of Technology', ['Hanbit Institute of Technology', '한빛과학기술대학교']]]);
  });

  it('keeps two names of one script apart: brackets there name another place', () => {
    expect(institutions('Daon University(Hanbit University) 출신이다.', false).map(([name]) => name)).toEqual(
      ['Daon University', 'Hanbit University'],
    );
  });

  it('finds a workplace glossed before a verb of joining', () => {
    expect(
      institutions('졸업 후 다온로보틱스(Daon Robotics)에 입사해 3년을 일했다.', false).map(([n]) => n),
    ).toContain('다온로보틱스');
    expect(institutions('2020년 솔빛소프트(Solbit Soft)에서 근무했다.', false).map(([n]) => n)).toContain(
      '솔빛소프트',
    );
  });
});

describe('a session line whose speaker part starts with a gerund', () => {
  it('takes no organisation from "Visiting" or "Meeting" before a role', () => {
    const names = institutions(
      '- 3강 - Visiting Professor Jane Doe\n- 4강 - Meeting Researcher John Roe',
      false,
    );
    expect(names).toEqual([]);
  });
});
