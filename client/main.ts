import { Explorer } from './app/explorer.ts';
import type { Point } from './model/layout-plan.ts';

/** A read-only handle for tests and the console: what the map shows and where. */
declare global {
  interface Window {
    talkgraph?: {
      positions(): Record<string, Point>;
      /** On-screen positions (pixels within #map). */
      rendered(): Record<string, Point>;
      visible(): string[];
      state(): unknown;
      zoom(): number;
    };
  }
}

const explorer = new Explorer();
window.talkgraph = {
  positions: () => Object.fromEntries(explorer.views.map.positions()),
  rendered: () => Object.fromEntries(explorer.views.map.renderedPositions()),
  visible: () => [...explorer.visible],
  state: () => explorer.state,
  zoom: () => explorer.views.map.zoom(),
};
void explorer.start();
