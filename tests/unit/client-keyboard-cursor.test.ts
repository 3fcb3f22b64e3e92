import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../client/model/keyboard-cursor.ts';

const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));

describe('nextInDirection', () => {
  const neighbours = at([
    ['east', 100, 10],
    ['far-east', 300, 0],
    ['north', 0, -80],
    ['south-west', -60, 70],
  ]);

  it('moves to the nearest neighbour lying in the arrow direction', () => {
    expect(nextInDirection({ x: 0, y: 0 }, 'right', neighbours)).toBe('east');
    expect(nextInDirection({ x: 0, y: 0 }, 'up', neighbours)).toBe('north');
    expect(nextInDirection({ x: 0, y: 0 }, 'down', neighbours)).toBe('south-west');
  });

  it('falls back to other nodes when no neighbour lies that way, and to null when nothing does', () => {
    expect(nextInDirection({ x: 0, y: 0 }, 'left', at([['east', 100, 0]]), at([['west', -50, 5]]))).toBe(
      'west',
    );
    expect(nextInDirection({ x: 0, y: 0 }, 'left', at([['east', 100, 0]]))).toBeNull();
  });
});
