import type { LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutPlan } from '../model/layout-plan.ts';

const FORCES = {
  nodeRepulsion: 5000,
  idealEdgeLength: 60,
  edgeElasticity: 0.45,
  nodeSeparation: 75,
  gravity: 0.35,
  gravityRange: 3.2,
  numIter: 2500,
  tile: true,
  // Labels take room too: without this, long Korean titles land on top of their neighbours.
  nodeDimensionsIncludeLabels: true,
  tilingPaddingVertical: 30,
  tilingPaddingHorizontal: 30,
} as const;

/** fcose options for a plan; null when nothing needs to move. */
export function fcoseOptions(plan: LayoutPlan): LayoutOptions | null {
  if (plan.mode === 'none') {
    return null;
  }
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    ...FORCES,
    nodeSeparation: FORCES.nodeSeparation * plan.spread,
    quality: plan.quality,
    randomize: true,
    animate: false,
    // The explorer fits by node shapes afterwards; fcose would count labels sized for zoom 1.
    fit: false,
  };
  return options as LayoutOptions;
}
