import type { Fragment, NodeMeta } from './graph.ts';

/**
 * Whose each drawn career step is, for steps the map knows no person of: a step fetched around a
 * hub (an expansion) comes with its summary alone ("joined Naver (2013)"), so a ring of them
 * around the hub named nobody. When the step's person is drawn too, the DECIDED edge between them
 * says whose it is. Returns `meta` itself when there is nothing to add.
 */
export function withStepPeople(
  graph: Fragment,
  meta: ReadonlyMap<string, NodeMeta>,
): ReadonlyMap<string, NodeMeta> {
  const people = new Map<string, string>();
  const steps = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'Person') {
      people.set(node.id, node.label);
    } else if (node.type === 'CareerDecision' && meta.get(node.id)?.person === undefined) {
      steps.add(node.id);
    }
  }
  let named: Map<string, NodeMeta> | null = null;
  for (const edge of graph.edges) {
    const person = edge.type === 'DECIDED' ? people.get(edge.source) : undefined;
    if (person === undefined || !steps.has(edge.target)) {
      continue;
    }
    named ??= new Map(meta);
    named.set(edge.target, { ...(meta.get(edge.target) ?? { year: null }), person });
    steps.delete(edge.target);
  }
  return named ?? meta;
}
