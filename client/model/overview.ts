import {
  type Fragment,
  type GraphEdge,
  type GraphNode,
  isNodeType,
  mergeFragments,
  type NodeMeta,
} from './graph.ts';

export interface OverviewRef {
  id: string;
  name: string;
  type: string;
}

/** A talk as the overview query reads it: who gave it and the career steps it tells. */
export interface OverviewTalk {
  id: string;
  title: string;
  year: number | null;
  speakers: { id: string; name: string }[];
  decisions: {
    id: string;
    kind: string;
    year: number | null;
    label: string;
    person: { id: string; name: string } | null;
    from: OverviewRef | null;
    to: OverviewRef | null;
  }[];
}

export interface Overview {
  fragment: Fragment;
  /** Years (and kinds) of every talk and career step: the time bar filters by these. */
  meta: Map<string, NodeMeta>;
}

/**
 * The first picture: every talk with its speakers, and the career steps the talks tell with who
 * made them and where they led. That is the career map; the rest comes by expanding.
 */
export function buildOverview(talks: readonly OverviewTalk[]): Overview {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const meta = new Map<string, NodeMeta>();
  for (const talk of talks) {
    nodes.push({ id: talk.id, type: 'Talk', label: talk.title });
    meta.set(talk.id, { year: talk.year });
    for (const speaker of talk.speakers) {
      nodes.push({ id: speaker.id, type: 'Person', label: speaker.name });
      edges.push({ source: talk.id, target: speaker.id, type: 'GIVEN_BY' });
    }
    for (const decision of talk.decisions) {
      nodes.push({ id: decision.id, type: 'CareerDecision', label: decision.label });
      meta.set(decision.id, {
        year: decision.year,
        kind: decision.kind,
        ...(decision.person ? { person: decision.person.name } : {}),
      });
      edges.push({ source: decision.id, target: talk.id, type: 'TOLD_IN' });
      if (decision.person) {
        nodes.push({ id: decision.person.id, type: 'Person', label: decision.person.name });
        edges.push({ source: decision.person.id, target: decision.id, type: 'DECIDED' });
      }
      edges.push(...endpointEdges(decision.id, 'FROM', decision.from, nodes));
      edges.push(...endpointEdges(decision.id, 'TO', decision.to, nodes));
    }
  }
  // A speaker of many talks appears once: the map needs each node and edge a single time.
  return { fragment: mergeFragments([{ nodes, edges }]), meta };
}

function endpointEdges(
  decisionId: string,
  type: 'FROM' | 'TO',
  ref: OverviewRef | null,
  nodes: GraphNode[],
): GraphEdge[] {
  if (!ref || !isNodeType(ref.type)) {
    return [];
  }
  nodes.push({ id: ref.id, type: ref.type, label: ref.name });
  return [{ source: decisionId, target: ref.id, type }];
}
