import type { Core, NodeSingular } from 'cytoscape';
import { type LabelTier, labelLook } from '../model/label-policy.ts';

/** Classes that draw a node's label whatever the zoom (map-style.ts): their size must be current. */
const FORCED_LABEL = ['focus', 'context', 'route', 'hover'];

/**
 * Applies the label policy for the current zoom. Only nodes whose look changes are touched, and
 * a hidden label keeps its size unless a class shows it anyway: zoomed far out (large graphs) a
 * zoom step restyles next to nothing.
 */
export function applyLabelPolicy(cy: Core): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const look = labelLook(node.data('tier') as LabelTier, zoom);
      const forced = FORCED_LABEL.some((name) => node.hasClass(name));
      const resize = (look.show || forced) && node.data('fontSize') !== look.fontSize;
      if (resize || node.data('showLabel') !== look.show) {
        node.data(
          resize
            ? { fontSize: look.fontSize, showLabel: look.show, labelWidth: look.maxWidth }
            : { showLabel: look.show },
        );
      }
    });
  });
}

/** Sizes one node's label for the current zoom (a hovered node shows its label at any zoom). */
export function sizeLabel(node: NodeSingular): void {
  const look = labelLook(node.data('tier') as LabelTier, node.cy().zoom());
  if (node.data('fontSize') !== look.fontSize) {
    node.data({ fontSize: look.fontSize, labelWidth: look.maxWidth });
  }
}

/** Up to this many nodes labels follow the zoom every frame; beyond, once the zoom rests. */
export const LIVE_LABELS_UP_TO = 300;

/**
 * Keeps labels in line with the zoom. Restyling thousands of nodes costs more than a frame
 * (measured: ~0.9 s per frame at 2k nodes), so large graphs relabel once the wheel stops.
 */
export function watchZoom(cy: Core): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    if (cy.nodes().length > LIVE_LABELS_UP_TO) {
      clearTimeout(timer);
      timer = setTimeout(() => applyLabelPolicy(cy), 160);
    } else if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        applyLabelPolicy(cy);
      });
    }
  });
}

/** The zoom whose labels a layout makes room for: about where a focused neighbourhood is seen. */
const LAYOUT_ZOOM = 1.2;

/**
 * Runs a layout with every label shown at the size it has when zoomed in, so fcose (which counts
 * labels in node sizes) leaves room for the labels a focused neighbourhood will show, then
 * restores the labels of the current zoom. Large graphs skip it: restyling them costs seconds.
 */
export async function withRoomForLabels<T>(cy: Core, run: () => Promise<T>): Promise<T> {
  if (cy.nodes().length > LIVE_LABELS_UP_TO) {
    return run();
  }
  showLayoutLabels(cy);
  try {
    return await run();
  } finally {
    applyLabelPolicy(cy);
  }
}

/**
 * The same for work done at once (measuring nodes for the layout worker): the labels are back
 * before the browser can draw a frame, so no frame draws (and, with WebGL, rasterizes) every
 * label at the layout's size while the worker runs.
 */
export function measureWithRoomForLabels<T>(cy: Core, measure: () => T): T {
  if (cy.nodes().length > LIVE_LABELS_UP_TO) {
    return measure();
  }
  showLayoutLabels(cy);
  try {
    return measure();
  } finally {
    applyLabelPolicy(cy);
  }
}

function showLayoutLabels(cy: Core): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const look = labelLook(node.data('tier') as LabelTier, LAYOUT_ZOOM);
      node.data({ fontSize: look.fontSize, labelWidth: look.maxWidth, showLabel: true });
    });
  });
}
