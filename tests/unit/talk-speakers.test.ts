import { describe, expect, it } from 'vitest';
import { authorFromSelfIntroduction } from '../../ingest/speakers/self-introduction.ts';
import {
  asLabelLine,
  speakerFromBioBlock,
  speakerFromProfile,
  speakerLabelBelow,
  speakersFromLabels,
} from '../../ingest/speakers/speaker-labels.ts';
import { findTalkVoice, type VoiceInput } from '../../ingest/speakers/talk-speakers.ts';
import { transcriptSpeakers } from '../../ingest/speakers/transcript-speaker.ts';

describe('label lines and bio blocks', () => {
  it('reads a speaker label that is one field of a line of several', () => {
    expect(speakersFromLabels(['Host: Tom Becker / Guest: Maya Okafor'])).toEqual(['Maya Okafor']);
    expect(speakersFromLabels(['일시: 2023-04-01 | 연사: 남궁하늘 (어느 연구소)'])).toEqual(['남궁하늘']);
    expect(speakersFromLabels(['진행: 김도하 / 정리: 스터디 운영진'])).toEqual([]);
  });

  it('reads a bare role heading ("연사", "Speaker") followed by the name', () => {
    expect(speakerFromBioBlock(['### 연사', '', '남궁하늘 (어느 연구소 리서처)'])).toBe('남궁하늘');
    expect(speakerFromBioBlock(['Speaker:', 'Maya Okafor, Example Labs'])).toBe('Maya Okafor');
  });

  it('reads the label line under a section heading, for splitting', () => {
    const lines = ['## 세션 2: 데이터 계약', '', '발표자: 남궁하늘', '- 내용'];
    expect(speakerLabelBelow(lines, 0)).toBe('남궁하늘');
    expect(speakerLabelBelow(['## 세션 2', '## 세션 3', '발표자: 남궁하늘'], 0)).toBeNull();
  });
});

describe('property tables and panels', () => {
  it('reads a two-cell table row as the label line it stands for', () => {
    expect(asLabelLine('| 연사 | 남궁하늘 |')).toBe('연사: 남궁하늘');
    expect(asLabelLine('|---|---|')).toBe('|---|---|');
    expect(asLabelLine('| 2019 | 카카오 | 연구원 |')).toBe('| 2019 | 카카오 | 연구원 |');
    expect(speakersFromLabels(['| 속성 | 값 |', '| 연사 | 남궁하늘 |'])).toEqual(['남궁하늘']);
  });

  it('names every panelist of a panel label, and not its moderator', () => {
    expect(speakersFromLabels(['패널: 남궁하늘, 도하윤', '사회: 강민서'])).toEqual(['남궁하늘', '도하윤']);
    expect(speakersFromLabels(['Panelists: Maya Okafor and Tom Becker'])).toEqual([
      'Maya Okafor',
      'Tom Becker',
    ]);
  });
});

describe('the subject of a CV or profile', () => {
  it.each([
    [['# 남궁하늘 — 이력', '- 2019 ~ 2021: 어느 회사'], '남궁하늘'],
    [['남궁하늘 | ML Engineer', '서울'], '남궁하늘'],
    [['Maya Okafor — Research Scientist'], 'Maya Okafor'],
    [['# Profile', 'Name: Maya Okafor', 'Role: engineer'], 'Maya Okafor'],
    [['- 이름: 남궁하늘', '- 소속: 어느 연구소'], '남궁하늘'],
    [['Maya Okafor', 'Staff Engineer at Example Labs'], 'Maya Okafor'],
  ])('%j → %s', (lines, name) => {
    expect(speakerFromProfile(lines)).toBe(name);
  });

  it('needs a CV word or a role beside the name', () => {
    expect(speakerFromProfile(['남궁하늘 | 2023.03.02'])).toBeNull();
    expect(speakerFromProfile(['오늘의 회고 — 이력서 쓰기'])).toBeNull();
    expect(speakerFromProfile(['Maya Okafor', 'was the first to answer my question.'])).toBeNull();
  });
});

describe('the guest of a transcript', () => {
  const transcript = [
    '[00:00:05] 진행자: 오늘 게스트를 소개합니다.',
    '[00:00:10] 도하윤: 안녕하세요. 반갑습니다, 오늘 이야기할 것이 많아요.',
    '[00:01:00] 진행자: 처음 시작은요?',
    '[00:01:04] 도하윤: 학부 때 통계를 하다가 대학원에서 음성 쪽으로 옮겼어요.',
    '[00:02:30] Q: 추천 도서는요?',
    '[00:02:33] 도하윤: 논문보다 코드를 먼저 보라고 권해요.',
  ].join('\n');

  it('is who talks most, not the host or the audience', () => {
    expect(transcriptSpeakers(transcript)).toEqual(['도하윤']);
  });

  it('leaves out a named interviewer, who asks often but says little', () => {
    const named = transcript.replaceAll('진행자', '강민서');
    expect(transcriptSpeakers(named)).toEqual(['도하윤']);
  });

  it('reads turns without time stamps when most lines are turns', () => {
    const plain = [
      '사회자: 소개 부탁드려요.',
      '도하윤: 음성 인식을 오래 했습니다.',
      '사회자: 그다음은요?',
      '도하윤: 회사를 두 번 옮겼어요.',
    ];
    expect(transcriptSpeakers(plain.join('\n'))).toEqual(['도하윤']);
  });

  it('is nothing for a note whose few colons are labels', () => {
    const note = [
      '일시: 2023-01-01',
      '장소: 세미나실',
      '도하윤: 음성 인식 연구자',
      '',
      '긴 본문이 이어진다.',
      '또 다른 문단.',
      '마지막 문단.',
    ];
    expect(transcriptSpeakers(note.join('\n'))).toEqual([]);
  });
});

describe('an author who introduces themselves', () => {
  it.each([
    ['안녕하세요, 백엔드 개발자 도하윤입니다. 오늘은 이직 이야기를 합니다.', '도하윤'],
    ['안녕하세요! 남궁하늘이라고 합니다.', '남궁하늘'],
    ['제 이름은 도하윤이고, 음성 인식을 합니다.', '도하윤'],
    ["Hi, I'm Maya Okafor, and this is how I got into ML.", 'Maya Okafor'],
    ['My name is Maya Okafor. I work on evaluation.', 'Maya Okafor'],
    ['도하윤의 블로그\n\n지난 1년을 돌아보며', '도하윤'],
  ])('%s → %s', (text, name) => {
    expect(authorFromSelfIntroduction(text)).toBe(name);
  });

  it('is nobody for a role, or a name said late in the note', () => {
    expect(authorFromSelfIntroduction('안녕하세요, 주니어입니다. 회고를 씁니다.')).toBeNull();
    expect(authorFromSelfIntroduction('저는 대학원생입니다.')).toBeNull();
    expect(authorFromSelfIntroduction(`${'본문. '.repeat(200)}안녕하세요, 도하윤입니다.`)).toBeNull();
  });
});

describe('who speaks in a talk', () => {
  const input = (text: string, title = '메모'): VoiceInput => ({
    title,
    headingSpeaker: null,
    metaSpeakers: [],
    multi: false,
    lead: text.split('\n').slice(0, 12),
    text,
  });

  it('names the author of a first-person story who introduces themselves', () => {
    const text =
      '안녕하세요, 데이터 분석가 도하윤입니다.\n\n저는 2019년에 처음 회사에 들어갔고 제가 맡은 일은 로그였어요.';
    expect(findTalkVoice(input(text))).toEqual({
      speakers: ['도하윤'],
      narrator: 'author',
      authorUnnamed: false,
    });
  });

  it('leaves a first-person story without a name unnamed, and a third-person memo without an author', () => {
    const story = '나는 2019년에 회사에 들어갔다. 내가 맡은 일은 로그였다.';
    expect(findTalkVoice(input(story))).toEqual({ speakers: [], narrator: 'author', authorUnnamed: true });
    const memo = '회사 세미나 메모. 발표 자료는 공유되지 않았다. 다음 모임은 다음 달이다.';
    expect(findTalkVoice(input(memo)).authorUnnamed).toBe(false);
  });

  it('reads a Korean diary without 나는 as its author’s story (pattern: plain statements, no one else as subject)', () => {
    const diary = '다니던 회사를 그만두었다. 다음 달부터 대학원에 간다. 걱정도 되지만 설렌다.';
    expect(findTalkVoice(input(diary, '퇴사 일기')).authorUnnamed).toBe(true);
    const log = '2021년에 첫 회사에 들어갔다. 올해 봄 창업을 했다.';
    expect(findTalkVoice(input(log, '회고')).authorUnnamed).toBe(true);
  });

  it('plain statements about someone else are no diary', () => {
    const report = '그는 2019년에 회사를 그만두었다. 이후 대학원에 진학했다.';
    expect(findTalkVoice(input(report, '기사')).authorUnnamed).toBe(false);
    const memo = '강사님은 회사를 그만두셨다고 한다. 대학원에 가셨다. 연구를 시작했다.';
    expect(findTalkVoice(input(memo, '특강 메모')).authorUnnamed).toBe(false);
  });

  it('names every speaker of a bio block that introduces several (pattern: a name line over CV lines, repeated)', () => {
    const ko =
      '연사 소개\n표세진\n현) 가나다랩 리서처\n전) 라마바전자 엔지니어\n여진우\n현) 예시컴퍼니 ML 리드\n오시는 길';
    expect(findTalkVoice(input(ko, '데이터 밋업 연사 소개')).speakers).toEqual(['표세진', '여진우']);
    const en =
      'About the speakers\nLena Ortiz\nResearch Scientist, Example Labs\nIvo Marsh\nPhD, Nordvik University\nVenue';
    expect(findTalkVoice(input(en, 'Meetup #4')).speakers).toEqual(['Lena Ortiz', 'Ivo Marsh']);
  });

  it('a name line not followed by a CV line is no further speaker', () => {
    const ko = '연사 소개\n표세진\n현) 가나다랩 리서처\n여진우\n다음 모임에서 만나요';
    expect(findTalkVoice(input(ko, '밋업')).speakers).toEqual(['표세진']);
  });

  it('does not take a person merely mentioned in a first-person story as its speaker', () => {
    const story = '나는 어제 도하윤 님 발표를 들었다. 내가 느낀 점을 적는다.';
    expect(findTalkVoice(input(story, '세미나 다녀온 날')).speakers).toEqual([]);
  });

  it('adds a host or moderator named in the lead who speaks in the turns (pattern: hosted by / 진행 + turns)', () => {
    const show =
      'Hosted by Nora Quill\nNora: Welcome.\nIvo Marsh: Thanks.\nNora: So, physics first?\nIvo Marsh: Yes.';
    expect(findTalkVoice(input(show, 'Episode 9 with Ivo Marsh')).speakers).toEqual([
      'Ivo Marsh',
      'Nora Quill',
    ]);
    const talk = '진행: 한소율\n한소율: 반갑습니다.\n도하윤: 네, 안녕하세요.';
    expect(findTalkVoice(input(talk, '도하윤 님 인터뷰')).speakers).toEqual(['도하윤', '한소율']);
  });

  it('a host who never speaks in the text is not a speaker', () => {
    const show = 'Hosted by Nora Quill\nIvo Marsh talked about physics and his move to industry.';
    expect(findTalkVoice({ ...input(show, 'Episode 9'), headingSpeaker: 'Ivo Marsh' }).speakers).toEqual([
      'Ivo Marsh',
    ]);
  });

  it('prefers the title to a transcript and a transcript to a self-introduction', () => {
    const text =
      '[00:00:01] 진행자: 어서 오세요.\n[00:00:05] 도하윤: 안녕하세요, 도하윤입니다.\n[00:00:09] 도하윤: 오늘은 이직 이야기입니다.';
    expect(findTalkVoice(input(text, '라디오 3화')).speakers).toEqual(['도하윤']);
    expect(findTalkVoice(input(text, '라디오 3화 — 게스트 남궁하늘 님')).speakers).toEqual(['남궁하늘']);
  });
});
