/**
 * The note layouts real notes use (see corpus/README.md): a blog retrospective with year
 * headings, a Q&A card, a first-person masterclass retelling, a review of several lectures with
 * one "## <name> 님 특강" section each, and an English recap with a "Speaker:" line.
 */
import type { SynthPerson } from './population.ts';
import { between, chance, pick } from './random.ts';
import { earlySentence, remark, spell, stepSentence, type Voice, type Writer } from './sentences.ts';

export interface Layout {
  name: string;
  ext: 'md' | 'txt';
  /** Talks one note of this layout holds at most (the review packs several). */
  maxTalks: number;
  write: (w: Writer, speakers: SynthPerson[], bytes: number) => string;
}

const encoder = new TextEncoder();

function size(lines: string[]): number {
  return encoder.encode(lines.join('\n')).length;
}

/** Remarks appended until the note reaches its size, as `prefix`ed lines. */
function pad(w: Writer, lines: string[], bytes: number, voice: Voice, prefix: string): void {
  while (size(lines) < bytes) {
    lines.push(`${prefix}${remark(w, voice)}`);
  }
}

function isoDate(w: Writer): string {
  const month = String(between(w.random, 1, 12)).padStart(2, '0');
  return `${between(w.random, 2016, 2024)}-${month}-${String(between(w.random, 1, 28)).padStart(2, '0')}`;
}

function topicOf(w: Writer, voice: Voice): string {
  return spell(w, w.population.topics.draw(w.random), voice);
}

function firstOf(speakers: SynthPerson[]): SynthPerson {
  const person = speakers[0];
  if (!person) {
    throw new Error('a layout needs a speaker');
  }
  return person;
}

const blog: Layout = {
  name: 'blog',
  ext: 'md',
  maxTalks: 1,
  write(w, speakers, bytes) {
    const person = firstOf(speakers);
    const lines = [
      `# [회고] ${topicOf(w, 'third')}${pick(w.random, ['로 가는 길', ' 엔지니어가 되기까지'])}`,
      '',
    ];
    lines.push(
      chance(w.random, 0.5) ? `글쓴이: ${person.entity.name}` : '블로그 주인장이 올린 회고를 요약한 노트.',
    );
    lines.push('', `## ${(person.career[0]?.year ?? 2012) - 2}년`, `- ${earlySentence(w, person, 'third')}`);
    for (const step of person.career) {
      lines.push('', `## ${step.year}년`, `- ${stepSentence(w, step, 'third', person)}`);
      lines.push(`- ${remark(w, 'third')}`);
    }
    lines.push('', '## 정리');
    pad(w, lines, bytes, 'third', '- ');
    return lines.join('\n');
  },
};

const qna: Layout = {
  name: 'qna',
  ext: 'md',
  maxTalks: 1,
  write(w, speakers, bytes) {
    const { name } = firstOf(speakers).entity;
    const title = `${name} 교수님 마스터클래스 Q&A`;
    const lines = ['---', `title: ${title}`, 'speakers:', `  - ${name}`, `date: ${isoDate(w)}`];
    lines.push('series: 부스트캠프 AI Tech 마스터클래스', 'language: ko', '---', '', `# ${title}`, '');
    lines.push('## 진로', '- **Q. 지금 자리까지 어떻게 오셨나요?**');
    const person = firstOf(speakers);
    lines.push(`  - A. ${earlySentence(w, person, 'first')}`);
    for (const step of person.career) {
      lines.push(`  - A. ${stepSentence(w, step, 'first', person)}`);
    }
    lines.push('', '## 연구와 공부', '- **Q. 요즘 무엇을 공부해야 할까요?**');
    pad(w, lines, bytes, 'third', '  - A. ');
    return lines.join('\n');
  },
};

const masterclass: Layout = {
  name: 'masterclass',
  ext: 'md',
  maxTalks: 1,
  write(w, speakers, bytes) {
    const person = firstOf(speakers);
    const title = `[마스터클래스] ${person.entity.name} 교수님 — ${topicOf(w, 'first')} 이야기`;
    const lines = ['---', `title: "${title}"`, 'speakers:', `  - ${person.entity.name}`];
    lines.push(
      `date: ${isoDate(w)}`,
      'language: ko',
      '---',
      '',
      `# ${person.entity.name} 마스터 마스터클래스 정리`,
    );
    lines.push('', '## 1. 진로를 정하기까지', earlySentence(w, person, 'first'));
    const story = person.career.map((step) => stepSentence(w, step, 'first', person));
    lines.push(story.join(' '), '', '## 2. 하고 싶은 말');
    pad(w, lines, bytes, 'first', '');
    return lines.join('\n');
  },
};

const review: Layout = {
  name: 'review',
  ext: 'md',
  maxTalks: 4,
  write(w, speakers, bytes) {
    const lines = [`# 부스트캠프 AI Tech ${between(w.random, 1, 20)}주차 특강 모아보기`, ''];
    lines.push(`${isoDate(w)}에 열린 현업자 특강들을 한 파일에 정리했다.`, '');
    for (const person of speakers) {
      const section = [`## ${person.entity.name} 님 특강`];
      section.push(`(${spell(w, w.population.companies.draw(w.random), 'third')} 소속)`);
      section.push(...person.career.map((step) => `- ${stepSentence(w, step, 'third', person)}`));
      pad(w, section, Math.floor(bytes / speakers.length), 'third', '- ');
      lines.push(...section, '');
    }
    return lines.join('\n');
  },
};

const english: Layout = {
  name: 'recap',
  ext: 'txt',
  maxTalks: 1,
  write(w, speakers, bytes) {
    const person = firstOf(speakers);
    const home = spell(w, w.population.companies.draw(w.random), 'en');
    const lines = [`Recap: ${person.entity.name} on ${topicOf(w, 'en')}`, ''];
    lines.push(`Speaker: ${person.entity.name} (${home})`, `Date: ${isoDate(w)}`, '');
    lines.push(earlySentence(w, person, 'en'));
    lines.push(person.career.map((step) => stepSentence(w, step, 'en', person)).join(' '), '');
    pad(w, lines, bytes, 'en', '');
    return lines.join('\n');
  },
};

export const LAYOUTS: readonly Layout[] = [blog, qna, masterclass, review, english];
