import type { Direction } from '../model/keyboard-cursor.ts';

export interface ShortcutHandlers {
  focusSearch(): void;
  escape(): void;
  undo(): void;
  redo(): void;
}

export interface MapKeyHandlers {
  pan(dx: number, dy: number): void;
  /** Arrow keys move the keyboard cursor between neighbours; null only shows where it is. */
  move(direction: Direction | null): void;
  /** Enter: open the node under the cursor. */
  open(): void;
  zoom(factor: number): void;
  fit(): void;
  focus(): void;
  expand(): void;
  hide(): void;
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** Page-wide keys: `/` to search, Escape to clear, Ctrl+Z / Ctrl+Shift+Z to undo and redo. */
export function bindShortcuts(handlers: ShortcutHandlers): void {
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/' && !typing(event.target)) {
      event.preventDefault();
      handlers.focusSearch();
    } else if (event.key === 'Escape' && !typing(event.target)) {
      handlers.escape();
    } else if (mod && event.key.toLowerCase() === 'z' && !typing(event.target)) {
      event.preventDefault();
      if (event.shiftKey) {
        handlers.redo();
      } else {
        handlers.undo();
      }
    } else if (mod && event.key.toLowerCase() === 'y' && !typing(event.target)) {
      event.preventDefault();
      handlers.redo();
    }
  });
}

const PAN: Record<string, [number, number]> = {
  ArrowLeft: [60, 0],
  ArrowRight: [-60, 0],
  ArrowUp: [0, 60],
  ArrowDown: [0, -60],
};

const MOVE: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Keys while the map has focus, so the map is usable without a mouse: arrows walk from node to
 * neighbour, Enter opens, Shift+arrows pan.
 */
export function bindMapKeys(map: HTMLElement, handlers: MapKeyHandlers): void {
  map.addEventListener('focus', () => handlers.move(null));
  map.addEventListener('keydown', (event) => {
    const move = MOVE[event.key];
    if (move && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      handlers.move(move);
      return;
    }
    const pan = event.shiftKey ? PAN[event.key] : undefined;
    const actions: Record<string, () => void> = {
      '+': () => handlers.zoom(1.25),
      '=': () => handlers.zoom(1.25),
      '-': () => handlers.zoom(0.8),
      '0': () => handlers.fit(),
      f: () => handlers.focus(),
      e: () => handlers.expand(),
      Enter: () => handlers.open(),
      h: () => handlers.hide(),
      Delete: () => handlers.hide(),
    };
    const action = pan ? () => handlers.pan(pan[0], pan[1]) : actions[event.key];
    if (action && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    }
  });
}
