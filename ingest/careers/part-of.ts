/**
 * Parent organisations, from the ontology's own names: an institution named after a well-known
 * company or university plus more words (Naver Clova, 네이버 클로바 → Naver; KAIST AI 대학원 →
 * KAIST; Google Research → Google) is PART_OF it. Only companies, universities, government bodies
 * and foundations are parents; the longest matching name wins (Samsung Research → Samsung, not
 * a shorter word). linkParents writes the edges for the places of the moves a load touched.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { entityId } from '../../graph/ids.ts';
import { REL } from '../../graph/model.ts';
import { aliasKey, loadOntology, type Ontology } from '../extract/load-ontology.ts';

const PARENT_KINDS = new Set(['company', 'university', 'government', 'foundation']);

/** Built once per ontology (loadOntology caches it): every load rolls places up through it. */
const indexes = new WeakMap<Ontology, Map<string, Parent>>();

export interface Parent {
  id: string;
  name: string;
  kind: string | null;
}

/** Spelling (aliasKey) → parent, over the ontology's institutions that can be parents. */
export function parentIndex(ontology: Ontology = loadOntology()): ReadonlyMap<string, Parent> {
  const known = indexes.get(ontology);
  if (known) {
    return known;
  }
  const index = new Map<string, Parent>();
  indexes.set(ontology, index);
  for (const entity of ontology.entities) {
    if (entity.type === 'Institution' && entity.kind && PARENT_KINDS.has(entity.kind)) {
      for (const alias of entity.aliases) {
        // Short all-caps spellings (KT, LG) would make any "KT …" a child; names of 3+ characters only.
        if (alias.text.length >= 3 && !alias.shared) {
          index.set(aliasKey(alias.text), {
            id: entityId('Institution', entity.name),
            name: entity.name,
            kind: entity.kind,
          });
        }
      }
    }
  }
  return index;
}

/** The parent of an institution called by any of `spellings`, or null. */
export function parentOf(
  id: string,
  spellings: readonly string[],
  index: ReadonlyMap<string, Parent>,
): Parent | null {
  let best: { parent: Parent; length: number } | null = null;
  for (const spelling of spellings) {
    const words = aliasKey(spelling).split(' ');
    for (let n = words.length - 1; n >= 1; n -= 1) {
      const prefix = words.slice(0, n).join(' ');
      const parent = index.get(prefix);
      if (parent && parent.id !== id && (!best || prefix.length > best.length)) {
        best = { parent, length: prefix.length };
      }
    }
  }
  return best?.parent ?? null;
}

/** PART_OF for these institutions, when their parent is in the graph; returns the edges written. */
export async function linkParents(
  tx: ManagedTransaction,
  institutionIds: readonly string[],
): Promise<number> {
  const ids = [...new Set(institutionIds)].filter((id) => id.startsWith('institution:'));
  if (ids.length === 0) {
    return 0;
  }
  const read = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Institution {id: id}) WHERE NOT EXISTS { (i)-[:${REL.PART_OF}]->() }
     RETURN i.id AS id, [i.name] + coalesce(i.aliases, []) AS spellings`,
    { ids },
  );
  const index = parentIndex();
  const edges = read.records.flatMap((r) => {
    const id = r.get('id') as string;
    const parent = parentOf(id, r.get('spellings') as string[], index);
    return parent ? [{ child: id, parent: parent.id }] : [];
  });
  if (edges.length === 0) {
    return 0;
  }
  const written = await tx.run(
    `UNWIND $edges AS edge
     MATCH (c:Institution {id: edge.child}), (p:Institution {id: edge.parent})
     MERGE (c)-[:${REL.PART_OF}]->(p)
     RETURN count(*) AS n`,
    { edges },
  );
  return (written.records[0]?.get('n') as number | undefined) ?? 0;
}
