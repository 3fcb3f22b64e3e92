import { describe, expect, it } from 'vitest';
import { speakerFromBioBlock, speakersFromLabels } from '../../ingest/speakers/speaker-labels.ts';
import {
  headingTalkTitle,
  speakerFromTitle,
  talkHeadingSpeaker,
} from '../../ingest/speakers/title-speakers.ts';
import { cleanPersonName, splitNameList, withoutHonorific } from '../../ingest/text/person-name.ts';

describe('speakers from titles and headings', () => {
  it.each([
    ['[마스터클래스] 한도윤 마스터', '한도윤'],
    ['Day_3 [마스터클래스] 한도윤 마스터', '한도윤'],
    ['Week 2 마스터클래스1 - 윤서연교수님(03.02)', '윤서연'],
    ['윤서연 교수님', '윤서연'],
    ['최도윤님 특강', '최도윤'],
    ['## 최도윤 님 특강', '최도윤'],
    ['남궁하늘 박사님 세미나 정리', '남궁하늘'],
    ['Talk by Jane Doe', 'Jane Doe'],
    ['A fireside chat with Prof. Klaus-Peter Lindqvist', 'Klaus-Peter Lindqvist'],
  ])('%s → %s', (title, name) => {
    expect(speakerFromTitle(title)).toBe(name);
  });

  it.each([
    '존경하던 Example 교수님을 만나다',
    '지도교수님과의 면담',
    '담당 교수님 강의 후기',
    '교수님 특강 후기',
    'An interview with my advisor',
    '강화학습 특강 정리',
  ])('no speaker in "%s"', (title) => {
    expect(speakerFromTitle(title)).toBeNull();
  });

  it('takes a talk heading only when it is a short standalone line, not a sentence or a list item', () => {
    expect(talkHeadingSpeaker('최도윤 님 특강')).toBe('최도윤');
    expect(talkHeadingSpeaker('# [마스터클래스] 한도윤 마스터')).toBe('한도윤');
    expect(talkHeadingSpeaker('최도윤 마스터님 특강에서는 여러 상식을 배울 수 있었다.')).toBeNull();
    expect(talkHeadingSpeaker('- 최도윤 님 특강')).toBeNull();
    expect(talkHeadingSpeaker('## Talk by Jane Doe')).toBe('Jane Doe');
    expect(talkHeadingSpeaker('## Jane Doe — Keynote')).toBe('Jane Doe');
    expect(talkHeadingSpeaker('A talk by Jane Doe about leaving academia for a startup')).toBeNull();
  });
});

describe('"제목 - 소속 직함 이름" session lines', () => {
  // Pattern: a talk title, a dash, then who gives it ending in a job title and the name.
  it.each([
    ['1. 추천 시스템을 다시 생각하기 - 예시랩 데이터팀 팀장 윤서연', '윤서연'],
    ['2. 작은 모델로 버티기 - Example Labs Research Engineer 도하윤', '도하윤'],
    ['Scaling retrieval — Nordvik University Professor Tomas Lindqvist', 'Tomas Lindqvist'],
  ])('%s → %s', (line, name) => {
    expect(talkHeadingSpeaker(line)).toBe(name);
  });

  it('keeps the talk title apart from who gives it', () => {
    expect(headingTalkTitle('1. 추천 시스템을 다시 생각하기 - 예시랩 데이터팀 팀장 윤서연')).toBe(
      '추천 시스템을 다시 생각하기',
    );
    expect(headingTalkTitle('## Scaling retrieval — Nordvik University Professor Tomas Lindqvist')).toBe(
      'Scaling retrieval',
    );
    expect(headingTalkTitle('## 최도윤 님 특강')).toBe('최도윤 님 특강');
  });

  // Pattern: a title, a dash, then the speaker with an honorific and maybe an organisation in brackets.
  it.each([
    ['2. 논문 읽는 법 - 윤서연 교수님 (예시대)', '윤서연', '논문 읽는 법'],
    ['1. 데이터 다루기 — 도하윤 님', '도하윤', '데이터 다루기'],
  ])('%s → %s, titled %s', (line, name, title) => {
    expect(talkHeadingSpeaker(line)).toBe(name);
    expect(headingTalkTitle(line)).toBe(title);
  });

  it.each([
    '추천 시스템 - 정리',
    '모델 경량화 - 후기 모음',
    '3. 오늘 배운 것 - 팀장 회의',
    '- 오늘 배운 것 - 도하윤 님',
  ])('no speaker in "%s"', (line) => {
    expect(talkHeadingSpeaker(line)).toBeNull();
  });
});

describe('more title shapes', () => {
  it.each([
    ['[웨비나 후기] 한지우 님 — 검색에서 추천으로', '한지우'],
    ['커리어 토크 정리 | 한지우 님 "숫자로 말하기"', '한지우'],
    ['[밋업 #5] 한지우 님 — 병특, 스타트업, 그리고 대학원', '한지우'],
    ['[AI 라디오] 7화 게스트 한지우 님 — 대본 정리', '한지우'],
    ['사내 세미나 3회 — 외부 연사 한지우 님 (어느 회사)', '한지우'],
    ['한지우 님의 이야기: 문과에서 ML까지', '한지우'],
    ['한지우 대표 인터뷰', '한지우'],
    ['Guest: Maya Okafor — notes from the fireside', 'Maya Okafor'],
    ["Maya Okafor's story: from lab bench to ML", 'Maya Okafor'],
  ])('%s → %s', (title, name) => {
    expect(speakerFromTitle(title)).toBe(name);
  });

  it.each([
    '연사 이야기 — 정리',
    '[후기] 세미나 정리 — 배운 점',
    '강연 요약 | 2023년 5월',
    '게스트 섭외 안내',
  ])('names nobody in "%s"', (title) => {
    expect(speakerFromTitle(title)).toBeNull();
  });

  it('opens a talk at "<name> 님 발표 — <title>" and at numbered sessions naming their speaker', () => {
    expect(talkHeadingSpeaker('## 한지우 님 발표 — 로그 설계가 먼저다')).toBe('한지우');
    expect(talkHeadingSpeaker('## 한지우 님 특강: 추천의 기본기')).toBe('한지우');
    expect(talkHeadingSpeaker('## Talk 2: Evaluation at scale — Maya Okafor')).toBe('Maya Okafor');
    expect(talkHeadingSpeaker('### Session 3 (Maya Okafor, Example Labs)')).toBe('Maya Okafor');
    expect(talkHeadingSpeaker('## 세션 1 (한지우 님)')).toBe('한지우');
    expect(talkHeadingSpeaker('## 발표 2: 한지우 님 — 데이터 계약')).toBe('한지우');
  });

  it('does not open a talk at a session heading that names no one', () => {
    expect(talkHeadingSpeaker('## 세션 2 (최종)')).toBeNull();
    expect(talkHeadingSpeaker('## 세션 2 - 정리')).toBeNull();
    expect(talkHeadingSpeaker('## Session 4 — Live Demo')).toBeNull();
    expect(talkHeadingSpeaker('## Talk 1: Final Thoughts')).toBeNull();
  });
});

describe('speakers from labels and bio blocks', () => {
  it('reads label lines in English and Korean, several names included', () => {
    expect(speakersFromLabels(['Speaker: Dr. Jane Doe (Example Lab)'])).toEqual(['Jane Doe']);
    expect(speakersFromLabels(['연사: 한도윤 (어느 연구소)'])).toEqual(['한도윤']);
    expect(speakersFromLabels(['Speakers: Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(speakersFromLabels(['발표자: 다음 주에 공지'])).toEqual([]);
  });

  it('reads the first name of a speaker-bio block', () => {
    expect(speakerFromBioBlock(['강사 소개', '- 이름: 정다은', '- 현재 연구원'])).toBe('정다은');
    expect(speakerFromBioBlock(['## About the speaker', 'Jane Doe, research scientist'])).toBe('Jane Doe');
    expect(speakerFromBioBlock(['강사 소개', '- 현) 어느 회사 연구원'])).toBeNull();
  });

  it('cleans honorifics and titles, and refuses what is not name-shaped', () => {
    expect(cleanPersonName('한도윤 교수님')).toBe('한도윤');
    expect(cleanPersonName('Prof. Jane Doe')).toBe('Jane Doe');
    expect(cleanPersonName('지도 교수님')).toBeNull();
    expect(cleanPersonName('MoonJaeHoon')).toBeNull();
    expect(cleanPersonName('the speaker')).toBeNull();
    expect(splitNameList('한도윤, 정다은 및 Jane Doe')).toEqual(['한도윤', '정다은', 'Jane Doe']);
    expect(splitNameList('한도윤, 다음 주 공지')).toEqual([]);
    // Front matter is trusted: honorifics go, odd spellings stay.
    expect(withoutHonorific('한도윤 교수님')).toBe('한도윤');
    expect(withoutHonorific('Dr. Jane Doe')).toBe('Jane Doe');
    expect(withoutHonorific('김테스트')).toBe('김테스트');
  });
});

describe('numbered speaker headings of other shapes', () => {
  it.each([
    ['## 🎤 연사 1 | 윤가람 — 「데이터 분석가에서 연구자로」', '윤가람'],
    ['### 🎙️ 연사 2 · Daniel Moreau — "Robots at Home"', 'Daniel Moreau'],
    ['### 세션 1 — 추천 시스템의 오늘 (윤가람, 쿠팡)', '윤가람'],
    ['**[Session 2] Speech for everyone** · Mina Park (Example Labs)', 'Mina Park'],
    ['Speaker 2: Mina Park (Example Labs)', 'Mina Park'],
    ['## 발표 3 | 표서윤 (라인플러스)', '표서윤'],
  ])('reads %s', (line, speaker) => {
    expect(talkHeadingSpeaker(line)).toBe(speaker);
  });

  it('names nobody in a session heading without a name', () => {
    expect(talkHeadingSpeaker('### 세션 1 — 추천 시스템의 오늘 (최종, 요약)')).toBeNull();
    expect(talkHeadingSpeaker('## 연사 1 | 소개')).toBeNull();
    expect(talkHeadingSpeaker('### Session 2 — Live Demo (Example Labs)')).toBeNull();
  });
});

describe('speakers named by interview and meetup titles', () => {
  it.each([
    ['[Tech 인터뷰] 추천 시스템을 만드는 사람, 노하은 님', '노하은'],
    ['[피플] 데이터로 병원을 바꾸는 일, 권도윤 님', '권도윤'],
    ['"Small Models, Big Wins" — Dr. Yuna Seo (Pusan National University)', 'Yuna Seo'],
    ['Why evaluation matters | Prof. Anders Berg', 'Anders Berg'],
  ])('%s → %s', (title, name) => {
    expect(speakerFromTitle(title)).toBe(name);
  });

  it.each([
    '[연구일지] 마르타 교수님 연구실 방문기',
    '[연구일지] Clara Voss 교수님 연구실 방문기',
    '정하람 교수님 논문 리뷰',
    'Notes — Deep Learning (Part 1)',
  ])('%s names no speaker', (title) => {
    expect(speakerFromTitle(title)).toBeNull();
  });
});
