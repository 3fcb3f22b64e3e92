import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createUndoStack, pushUndo, redo, undo } from '../../client/model/undo-stack.ts';

describe('undo stack', () => {
  it('undoes and redoes in order', () => {
    let stack = pushUndo(pushUndo(createUndoStack(1), 2), 3);
    stack = undo(stack);
    expect(stack.present).toBe(2);
    stack = undo(stack);
    expect(stack.present).toBe(1);
    expect(canUndo(stack)).toBe(false);
    stack = redo(stack);
    expect(stack.present).toBe(2);
    expect(canRedo(stack)).toBe(true);
  });

  it('returns the same stack when there is nothing to undo or redo', () => {
    const stack = createUndoStack('a');
    expect(undo(stack)).toBe(stack);
    expect(redo(stack)).toBe(stack);
  });

  it('forgets the redo branch on a new step and keeps at most the limit', () => {
    let stack = pushUndo(pushUndo(createUndoStack(0), 1), 2);
    stack = pushUndo(undo(stack), 9);
    expect(canRedo(stack)).toBe(false);
    let long = createUndoStack(0);
    for (let i = 1; i <= 10; i += 1) {
      long = pushUndo(long, i, 3);
    }
    expect(long.past).toEqual([7, 8, 9]);
  });
});
