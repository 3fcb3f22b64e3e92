import { describe, expect, it } from 'vitest';
import { discoverConferences } from '../../ingest/extract/discover-conferences.ts';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';
import { loadOntology } from '../../ingest/extract/load-ontology.ts';

const ontology = loadOntology();
const names = (text: string) => discoverConferences(text, ontology).map((m) => m.name);

describe('conferences found by how events are written', () => {
  it('an edition: a "-con" or "-콘" name with its year, spaced or glued', () => {
    expect(names('올해 데브콘 2024에 다녀왔고 작년엔 가나콘2023 후기를 썼다')).toEqual(['데브콘', '가나콘']);
    expect(names('Talks from KubeCon 2023 and RustConf 2022 were recorded.')).toEqual([
      'KubeCon',
      'RustConf',
    ]);
  });

  it('no year, or an ordinary word ending in 콘/con, is no edition', () => {
    expect(names('아이콘 2024개를 그렸고 데브콘에 가고 싶다. The Falcon 2023 release.')).toEqual([]);
  });

  it('a capitalised name before a kind word (컨퍼런스, Summit, Symposium)', () => {
    expect(names('- Numpyx 컨퍼런스 (2023.04.01)')).toEqual(['Numpyx']);
    expect(names('She spoke at the Vector Data Summit in May.')).toEqual(['Vector Data']);
  });

  it('a generic word or an organisation before the kind word is no conference name', () => {
    expect(names('AI 컨퍼런스, Developer Conference, the Annual Symposium, Google 컨퍼런스')).toEqual([]);
  });

  it('an acronym glossed as a conference or 학회', () => {
    expect(names('그는 ABCS(국제소프트웨어분석학회)에서 상을 받았다')).toEqual(['ABCS']);
    expect(names('best paper at XYZW (International Conference on Widgets)')).toEqual(['XYZW']);
    expect(names('KBS(한국방송공사)에 출연했다')).toEqual([]);
  });
});

describe('an edition year belongs to the conference as written', () => {
  it('the entity stays the series; "<name> <year>" becomes one of its spellings', () => {
    const { entities } = extractEntities('NeurIPS 2023에서 발표했고 ICML’19 포스터도 있었다', { ontology });
    const conferences = entities.filter((e) => e.type === 'Conference');
    expect(conferences.map((e) => e.name)).toEqual(['NeurIPS', 'ICML']);
    expect(conferences[0]?.aliases).toContain('NeurIPS 2023');
    expect(conferences[1]?.aliases).toContain('ICML’19');
  });
});
