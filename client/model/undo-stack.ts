/** An immutable undo/redo history of values. */
export interface UndoStack<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** How many steps back are kept; older ones are dropped. */
export const UNDO_LIMIT = 100;

export function createUndoStack<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [] };
}

/** A new present; what could be redone is gone, as in every editor. */
export function pushUndo<T>(stack: UndoStack<T>, next: T, limit = UNDO_LIMIT): UndoStack<T> {
  const past = [...stack.past, stack.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

export function undo<T>(stack: UndoStack<T>): UndoStack<T> {
  const previous = stack.past[stack.past.length - 1];
  if (previous === undefined) {
    return stack;
  }
  return { past: stack.past.slice(0, -1), present: previous, future: [stack.present, ...stack.future] };
}

export function redo<T>(stack: UndoStack<T>): UndoStack<T> {
  const [next, ...rest] = stack.future;
  if (next === undefined) {
    return stack;
  }
  return { past: [...stack.past, stack.present], present: next, future: rest };
}

export function canUndo<T>(stack: UndoStack<T>): boolean {
  return stack.past.length > 0;
}

export function canRedo<T>(stack: UndoStack<T>): boolean {
  return stack.future.length > 0;
}
