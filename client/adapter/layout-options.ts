import type { LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutPlan, Point } from '../model/layout-plan.ts';

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
export function fcoseOptions(plan: LayoutPlan, positions: ReadonlyMap<string, Point>): LayoutOptions | null {
  if (plan.mode === 'none') {
    return null;
  }
  if (plan.mode === 'full') {
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
  // Every node already on screen is pinned where it is: only the new ones settle around them.
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    ...FORCES,
    // Slow cooling: the few new nodes get time to find room among the pinned ones.
    quality: 'proof',
    randomize: false,
    // The view animates the new nodes itself, after taking back fcose's drift (withoutDrift).
    animate: false,
    fit: false,
    fixedNodeConstraint: plan.fixed.flatMap((nodeId) => {
      const position = positions.get(nodeId);
      return position ? [{ nodeId, position }] : [];
    }),
  };
  return options as LayoutOptions;
}
