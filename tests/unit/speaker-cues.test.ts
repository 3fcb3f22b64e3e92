import { describe, expect, it } from 'vitest';
import { weighedSpeakers } from '../../ingest/speakers/speaker-cues.ts';
import { findTalkVoice, type VoiceInput } from '../../ingest/speakers/talk-speakers.ts';

// Every example is invented; each pattern has at least two of them.
const cues = (text: string, title = '메모', author: string | null = null) =>
  weighedSpeakers({ title, lead: text.split('\n').slice(0, 12), text, author });

describe('a headline naming the one it interviews', () => {
  it.each([
    ['로봇 스타트업을 세운 기계공학과 졸업생 한도윤(기계 12) 동문을 만나다', '한도윤'],
    ['데이터 팀을 이끄는 남궁하늘 팀장을 만나다', '남궁하늘'],
    ['Meet Priya Raman, the engineer behind the open dataset', 'Priya Raman'],
  ])('%s → %s', (title, name) => {
    expect(cues('본문은 인터뷰 내용이다.', title)).toEqual([name]);
  });
});

describe('a headline ending on its subject (pattern: "…, 이름 동문/씨/대표")', () => {
  it.each([
    ['[동문 인터뷰] 화학에서 데이터로, 표세진 동문', '표세진'],
    ['스타트업 3년 차의 고민 - 여진우 씨', '여진우'],
  ])('%s → %s', (title, name) => {
    expect(cues('본문은 인터뷰 내용이다.', title)).toEqual([name]);
  });

  it('a name inside the headline is no subject', () => {
    expect(cues('본문은 인터뷰 내용이다.', '표세진 동문이 만든 서비스 이야기')).toEqual([]);
  });
});

describe('a self-introduction in the answers of a printed Q&A (pattern: "Q. …" / "A. … X입니다")', () => {
  it.each([
    [
      'Q. 소개 부탁드려요\nA. 안녕하세요, 화학과 09학번 표세진입니다.\nQ. 요즘은?\nA. 데이터를 봅니다.',
      '표세진',
    ],
    ['Q1: 자기소개\nA1: 안녕하세요. 예시랩 엔지니어 여진우입니다.\nQ2: 계기는?\nA2: 우연이었어요.', '여진우'],
  ])('%j → %s', (text, name) => {
    expect(cues(text, '동문 인터뷰')).toEqual([name]);
  });

  it('a greeting outside a Q&A is left to the author rules', () => {
    expect(cues('안녕하세요, 표세진입니다. 오늘은 회고를 씁니다.', '회고')).toEqual([]);
  });
});

describe('a talk sentence naming its speaker with an honorific and a particle', () => {
  it.each([
    ['두 번째 발표는 예시랩의 윤서연 님께서 맡아 주셨는데, 추천 시스템 이야기였다.', '윤서연'],
    ['내가 처음 들은 세션은 데이터 엔지니어로 일하는 도하윤 님의 파이프라인 이야기였다.', '도하윤'],
    ['오후에는 최가람 교수님이 강연을 맡았다.', '최가람'],
  ])('%s → %s', (text, name) => {
    expect(cues(text)).toEqual([name]);
  });

  it('takes no cue from a dated episode of a story, nor from the writer’s own acquaintances', () => {
    expect(cues('2017년 겨울에 한도윤 님의 강연을 듣고 진로를 바꿨다.')).toEqual([]);
    expect(cues('우리 연구실 선배 윤서연 님은 포스터 발표를 했다.')).toEqual([]);
    expect(cues('회사 동기 도하윤 님이 사내 세미나에서 발표했다.')).toEqual([]);
  });
});

describe('"name + organisation + job title" introductions, references and panels', () => {
  it('makes the person an article keeps referring back to by surname its subject', () => {
    const text =
      '예시로보틱스를 세운 한도윤 예시대 교수가 새 회사를 차렸다. 한 대표는 투자를 받았다고 했다. 한 대표는 채용도 시작했다.';
    expect(cues(text)).toEqual(['한도윤']);
  });

  it('makes a person introduced with a title and quoted in the same sentence a speaker', () => {
    expect(cues('남궁하늘 한국대 박사과정생은 “데이터가 먼저”라고 말했다.')).toEqual(['남궁하늘']);
    expect(cues('최가람 예시랩 연구원은 "실험이 전부"라며 웃었다.')).toEqual(['최가람']);
  });

  it('makes every member of a panel list a speaker, and the moderator too', () => {
    const text =
      '윤서연 예시에이아이 대표의 진행으로 토론이 열렸다. 도하윤 알파랩 대표, 최가람 베타웍스 대표이사, 한도윤 감마 CTO가 참석했다.';
    expect(cues(text).sort()).toEqual(['도하윤', '최가람', '윤서연', '한도윤'].sort());
  });

  it('does not take a person named once in passing, nor a verb before a name', () => {
    expect(cues('행사에는 한도윤 예시랩 대표도 잠시 들렀다.')).toEqual([]);
    expect(cues('팀을 이끈 도하윤 예시대 교수가 참석했다.')).toEqual([]);
  });
});

describe('English bios, podcast hosts and speaker rosters', () => {
  it.each([
    ['Priya Raman Short Bio: Priya Raman leads the vision group at Example Labs.', 'Priya Raman'],
    ['Dr. Tomas Lindqvist is a professor of statistics at Nordvik University.', 'Tomas Lindqvist'],
  ])('a bio: %s', (text, name) => {
    expect(cues(text)).toEqual([name]);
  });

  it('names the host who introduces themselves and the guest they keep calling by first name', () => {
    const text =
      "As Head of Research at Example AI, Maria Costa built the team. I'm Daniel Okafor, and today on the show I talk with Maria. Maria, welcome. Thanks, Maria.";
    expect(cues(text).sort()).toEqual(['Daniel Okafor', 'Maria Costa']);
    const second =
      "Welcome to Model Talk. I'm Hana Ito, and with me is a guest. As CTO of Sample Systems, Leo Brandt ships robots. Leo, hi. Leo says hi. So, Leo?";
    expect(cues(second).sort()).toEqual(['Hana Ito', 'Leo Brandt']);
  });

  it('lists the names standing alone under a speakers heading', () => {
    expect(
      cues(
        'Invited Speakers\n\nPriya Raman\nExample Labs\nA talk title\n\nTomas Lindqvist\nNordvik University',
      ),
    ).toEqual(['Priya Raman', 'Tomas Lindqvist']);
    expect(cues('초청 연사 소개\n한도윤\n예시대학교\n\n윤서연\n알파랩')).toEqual(['한도윤', '윤서연']);
  });

  it('never names the byline author', () => {
    expect(cues('오후에는 최가람 님께서 발표하셨다.', '후기', '최가람')).toEqual([]);
  });
});

describe('who speaks in a talk, from running text', () => {
  const input = (text: string, title = '행사 후기'): VoiceInput => ({
    title,
    headingSpeaker: null,
    metaSpeakers: [],
    multi: false,
    lead: text.split('\n').slice(0, 12),
    text,
  });

  it('names the speaker of a talk a review describes, as a speaker', () => {
    expect(findTalkVoice(input('첫 세션은 윤서연 님께서 발표하셨다. 나는 메모를 열심히 했다.'))).toEqual({
      speakers: ['윤서연'],
      narrator: 'speaker',
      authorUnnamed: false,
    });
  });

  it('reads a lead line shaped like a title, "X 마스터님 : 제목", below the blog’s own header', () => {
    const text = '블로그 이름\n\n정리 노트\n\n한도윤 마스터님 : 추천 시스템 입문\n\n1) 이력';
    expect(findTalkVoice(input(text, '블로그 이름')).speakers).toEqual(['한도윤']);
  });
});

describe('news headlines and interviews', () => {
  it.each([
    ['윤서연 예시랩 대표 “작은 모델이 먼저”', '윤서연'],
    ['“데이터가 전부” 도하윤 알파대 교수의 조언', '도하윤'],
  ])('a headline naming a person with their role: %s', (title, name) => {
    expect(cues('기사 본문이다.', title)).toEqual([name]);
  });

  it('a body saying the writer met the person, and then referring back to them', () => {
    expect(cues('지난주 알파랩 최가람 대표를 판교에서 만났다. 최 대표는 채용을 늘린다고 했다.')).toEqual([
      '최가람',
    ]);
    expect(cues('예시대 한도윤 교수를 연구실에서 만났다. 한 교수는 웃으며 답했다.')).toEqual(['한도윤']);
  });

  it('an English source introduced by an appositive and quoted', () => {
    expect(cues('"We train small," said Priya Raman, CTO of Example Labs, in an interview.')).toEqual([
      'Priya Raman',
    ]);
    expect(cues('Priya Raman, the CTO of Example Labs, said the team would grow.')).toEqual(['Priya Raman']);
    expect(cues('Tomas Lindqvist, a research scientist at Nordvik University, told us "it works".')).toEqual([
      'Tomas Lindqvist',
    ]);
  });
});

describe('guests announced by a host, roles named in a sentence, roles in a talk sentence', () => {
  it.each([
    [
      "Welcome back to Model Talk. I'm Hana Ito. My guest today is Leo Brandt, who builds robots.",
      ['Hana Ito', 'Leo Brandt'],
    ],
    ["Hi everyone, I'm joined today by Dr. Priya Raman to talk about retrieval.", ['Priya Raman']],
  ])('an English guest: %s', (text, names) => {
    expect(cues(text).sort()).toEqual([...names].sort());
  });

  it.each([
    ['안녕하세요. 오늘의 게스트는 알파랩의 윤서연 님입니다.', '윤서연'],
    ['이번 모임의 연사는 예시대 한도윤 교수님이었다.', '한도윤'],
  ])('a Korean role, then the person: %s', (text, name) => {
    expect(cues(text)).toEqual([name]);
  });

  it.each([
    ['오늘은 예시랩 최가람 CTO의 강연을 들었다.', '최가람'],
    ['두 번째 세션은 남궁하늘 알파대 교수의 발표였다.', '남궁하늘'],
  ])('a person introduced with their role in a sentence about a talk: %s', (text, name) => {
    expect(cues(text)).toEqual([name]);
  });
});
