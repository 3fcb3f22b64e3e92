/**
 * Entity families the second held-out set showed, on names made up for the test or real ones the
 * ontology does not list: particles glued to discovered Latin names, organisation units, manner
 * words before 으로 입사, model and dataset names by shape, chat participants.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';

const named = (text: string, type?: string) =>
  extractEntities(text)
    .entities.filter((e) => type === undefined || e.type === type)
    .map((e) => e.name);

describe('discovered names and their particles', () => {
  it.each([
    ['2016년에 University of Glasgow에서 박사를 시작했다.', 'University of Glasgow'],
    ['졸업 후 Acme Robotics Research에 합류했다.', 'Acme Robotics Research'],
    ['그 뒤 Brightline Labs로 옮겼다.', 'Brightline Labs'],
  ])('keeps the particle off in %s', (text, name) => {
    expect(named(text, 'Institution')).toContain(name);
    expect(named(text, 'Institution').some((n) => /[가-힣]/.test(n) && n.includes(name))).toBe(false);
  });
});

describe('units and manners before a verb of joining', () => {
  it('takes the organisation, not its unit', () => {
    expect(named('2015년 LG전자 CTO부문에 입사했다.', 'Institution')).toEqual(['LG Electronics']);
    expect(named('삼성전자 DS사업부에 입사', 'Institution')).toEqual(['Samsung Electronics']);
  });

  it('reads no workplace in a manner of joining', () => {
    expect(named('인턴 끝나고 정식으로 입사했고요.', 'Institution')).toEqual([]);
    expect(named('공채로 입사해서 3년 일했다.', 'Institution')).toEqual([]);
  });
});

describe('models and datasets by shape', () => {
  it.each([
    ['CenterPoint 나온 뒤로 라이다 검출은 다 그쪽으로 갔다', 'Model', 'CenterPoint'],
    ['VoxelNet은 아직도 비교 대상으로 씀', 'Model', 'VoxelNet'],
    ['Zenseact Open Dataset으로 평가했다', 'Dataset', 'Zenseact Open Dataset'],
    ['평가는 KOBEST2 벤치마크로 했다', 'Dataset', 'KOBEST2'],
  ])('finds %s', (text, type, name) => {
    expect(named(text, type)).toContain(name);
  });

  it('does not take a product name for a model', () => {
    expect(named('GitHub와 LinkedIn에 올렸다', 'Model')).toEqual([]);
  });
});

describe('people of a chat', () => {
  it('names every participant who opens turns', () => {
    const chat = [
      '[윤가람] [오후 9:01] 안녕하세요',
      '[표서윤] [오후 9:02] 반갑습니다',
      '[윤가람] [오후 9:03] 시작할게요',
      '[표서윤] [오후 9:04] 넵',
    ].join('\n');
    expect(named(chat, 'Person')).toEqual(['윤가람', '표서윤']);
  });
});

describe('organisations a person founded', () => {
  it.each([
    ['작년에 회사를 나와서 친구 둘이랑 모래알랩스를 차렸어요.', '모래알랩스'],
    ['2022년 퀵소다를 창업 (공동창업자 2명)', '퀵소다'],
    ['- 현) 파랑새에이아이 공동창업자', '파랑새에이아이'],
  ])('finds it in %s', (text, name) => {
    expect(named(text, 'Institution')).toContain(name);
  });

  it('does not take a generic word for one', () => {
    expect(named('사업을 차렸다가 접었다', 'Institution')).toEqual([]);
  });
});
