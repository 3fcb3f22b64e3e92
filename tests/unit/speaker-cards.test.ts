/** Name cards (speakers/speaker-cards.ts), bilingual ones included. Names and wording are made up. */
import { describe, expect, it } from 'vitest';
import { speakerFromNameCard } from '../../ingest/speakers/speaker-cards.ts';

describe('bilingual speaker cards', () => {
  it.each([
    [['# 생성 모델 평가', '', '## 윤가람 Garam Yoon', 'Research Scientist, Example Labs'], '윤가람'],
    [['Speaker', '표서윤 (Seoyun Pyo)', '2015년 쿠팡 입사'], '표서윤'],
    [['### Mina Park 박민아', '현) 어느 연구소'], '박민아'],
  ])('reads the card in %j', (lines, speaker) => {
    expect(speakerFromNameCard(lines)).toBe(speaker);
  });

  it('does not read a sentence or a Korean title with English words as a card', () => {
    expect(speakerFromNameCard(['## 추천 시스템 Recommender Systems'])).toBeNull();
    expect(speakerFromNameCard(['윤가람 님은 Example Labs에서 일한다'])).toBeNull();
  });
});
