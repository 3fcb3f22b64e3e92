import { type Fragment, type GraphNode, NODE_TYPES, type NodeMeta } from '../model/graph.ts';
import { seededRandom } from '../model/seeded-random.ts';

/**
 * A graph shaped like the real one at scale, with about `elements` nodes plus edges: every
 * type, hubs (new nodes attach preferentially to early ones, as talks do to famous people),
 * Hangul labels of realistic length, and years on talks and career steps.
 */
export function syntheticGraph(
  elements: number,
  seed = 42,
): { graph: Fragment; meta: Map<string, NodeMeta> } {
  const random = seededRandom(seed);
  const nodeCount = Math.max(2, Math.round(elements / 2.3));
  const nodes: GraphNode[] = [];
  const edges: Fragment['edges'] = [];
  const meta = new Map<string, NodeMeta>();
  for (let index = 0; index < nodeCount; index += 1) {
    const type = NODE_TYPES[Math.floor(random() * NODE_TYPES.length)] ?? 'Topic';
    const id = `${type.toLowerCase()}:${index}`;
    nodes.push({ id, type, label: `${type === 'Talk' ? '마스터클래스 특강 메모' : '연구자'} ${index}` });
    if (type === 'Talk' || type === 'CareerDecision') {
      meta.set(id, { year: 2005 + Math.floor(random() * 20), kind: 'joined' });
    }
    const links = index === 0 ? 0 : 1 + Math.floor(random() * 1.6);
    for (let link = 0; link < links; link += 1) {
      // Squaring the draw favours early nodes: a few hubs, many leaves.
      const target = nodes[Math.floor(random() * random() * index)];
      if (target && target.id !== id) {
        edges.push({ source: id, target: target.id, type: 'MENTIONS' });
      }
    }
  }
  const unique = new Map(edges.map((e) => [`${e.source}>${e.target}`, e]));
  return { graph: { nodes, edges: [...unique.values()] }, meta };
}
