import {
  type FieldNode,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields the operation selects under the field being resolved (or under `below`, fields
 * of its selection), by name, through fragments.
 * Type conditions and @skip/@include are not evaluated: callers use this to read ahead, where
 * reading a field nobody asked for costs a little and never changes an answer.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  below: readonly FieldNode[] = info.fieldNodes,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of below) {
    visit(node.selectionSet);
  }
  return fields;
}

/**
 * The arguments (defaults applied, variables resolved) of `field`, a field of the type the
 * current field returns; null when they cannot be read.
 */
export function argumentsOf(info: GraphQLResolveInfo, field: FieldNode): Record<string, unknown> | null {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field.name.value] : undefined;
  if (!definition) {
    return null;
  }
  try {
    return getArgumentValues(definition, field, info.variableValues);
  } catch {
    return null;
  }
}
