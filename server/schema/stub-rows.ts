import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { NodeRow } from './node-row.ts';

/** The fields a stored stub row (a career move's ends) answers; any other needs the node read. */
const STUB_FIELDS = new Set(['__typename', 'id', 'name', 'type', 'label', 'title', 'date', 'kind']);

const EMPTY: Omit<NodeRow, 'type' | 'id'> = {
  name: null,
  title: null,
  date: null,
  language: null,
  series: null,
  url: null,
  position: null,
  aliases: null,
  kind: null,
  unnamed: null,
  summary: null,
  evidence: null,
  year: null,
  offset: null,
  path: null,
  sha256: null,
};

/** A stub as stored ({id, type, name, title, date, kind, unnamed}) made a whole NodeRow. */
export function stubRow(stub: Partial<NodeRow> | null): NodeRow | null {
  return stub?.id && stub.type ? ({ ...EMPTY, ...stub } as NodeRow) : null;
}

/** Whether the field asks for nothing a stub row lacks (fragments included). */
export function stubEnough(info: GraphQLResolveInfo): boolean {
  const enough = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) {
        return STUB_FIELDS.has(s.name.value);
      }
      if (s.kind === Kind.INLINE_FRAGMENT) {
        return enough(s.selectionSet);
      }
      const fragment = info.fragments[s.name.value];
      return fragment ? enough(fragment.selectionSet) : false;
    });
  return info.fieldNodes.every((node) => enough(node.selectionSet));
}
