import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { NodeRow, WideNodeRow } from './node-row.ts';

/** The fields a stored stub row (a career move's ends) answers; any other needs the node read. */
const STUB_FIELDS = new Set(['__typename', 'id', 'name', 'type', 'label', 'title', 'date', 'kind']);

/** A move's end as ingest/career-moves-store.ts stores it in the move's view. */
export type StubRow = Partial<
  Pick<WideNodeRow, 'id' | 'type' | 'name' | 'title' | 'date' | 'kind' | 'unnamed'>
>;

const EMPTY: Omit<WideNodeRow, 'type' | 'id'> = {
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

/**
 * A stub made a whole row of its type, the columns it lacks null; `R` is the row type of the
 * end it stands for (a move's talk is a TalkRow).
 */
export function stubRow<R extends NodeRow>(stub: StubRow | null): R | null {
  return stub?.id && stub.type ? ({ ...EMPTY, ...stub } as unknown as R) : null;
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
