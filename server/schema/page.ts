import type { ArgBuilder, ObjectRef } from '@pothos/core';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { badInput, range } from './args.ts';
import { type BuilderTypes, builder } from './builder.ts';

/**
 * Keyset pagination: a cursor is the sort key and id of the last item seen, so a page is an
 * index-friendly range read (no OFFSET scan) and stays stable while the graph grows.
 */
export interface Cursor {
  k: string;
  id: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Page<E> {
  edges: E[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Arguments of a paged field after checking, as Cypher parameters want them. */
export interface PageArgs {
  first: number;
  after: Cursor | null;
}

export function encodeCursor(k: string, id: string): string {
  return Buffer.from(JSON.stringify([k, id])).toString('base64url');
}

const NOT_A_CURSOR = '"after" is not a cursor returned by this API';

function readCursor(cursor: string): Cursor | null {
  try {
    const [k, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    return typeof k === 'string' && typeof id === 'string' ? { k, id } : null;
  } catch {
    return null;
  }
}

export function decodeCursor(cursor: string): Cursor {
  const read = readCursor(cursor);
  if (!read) {
    throw badInput(NOT_A_CURSOR);
  }
  return read;
}

/** The checks of a paged field's arguments (`first`, then `after`), for their `validate:`. */
export const PAGE_ARG_CHECKS = {
  first: range('first', 0, LIMITS.pageSize),
  after: z
    .string()
    .refine((cursor) => cursor === '' || readCursor(cursor) !== null, NOT_A_CURSOR)
    .nullish(),
} as const;

/** Checked page arguments (PAGE_ARG_CHECKS) as the reads take them, defaults applied. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined): PageArgs {
  return { first: first ?? 20, after: after ? decodeCursor(after) : null };
}

/** Cypher parameters of a page: one more item than asked tells whether there is a next page. */
export function pageParams(args: PageArgs): Record<string, unknown> {
  return { after: args.after, limit: neo4j.int(args.first + 1) };
}

/** `items` were read with pageParams (first + 1 at most), in cursor order. */
export function toPage<T, E extends { cursor: string }>(
  items: T[],
  args: PageArgs,
  totalCount: number,
  edge: (item: T) => E,
): Page<E> {
  const edges = items.slice(0, args.first).map(edge);
  return {
    edges,
    pageInfo: { hasNextPage: items.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export function emptyPage<E>(): Page<E> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

export const PageInfoRef = builder.objectRef<PageInfo>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', {
      nullable: true,
      description: 'Pass as `after` to get the next page.',
    }),
  }),
});

/** `<Name>Connection { edges pageInfo totalCount }` over an edge type. */
export function connectionRef<E extends { cursor: string }>(name: string, edge: ObjectRef<BuilderTypes, E>) {
  return builder.objectRef<Page<E>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (page) => page.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (page) => page.pageInfo }),
      totalCount: t.exposeInt('totalCount', { description: 'Items in all pages together.' }),
    }),
  });
}

/** Page arguments of a field, with the bound in the description. */
export const PAGE_ARG_DOCS = {
  first: `Items per page, 0 to ${LIMITS.pageSize}.`,
  after: 'The `endCursor` of the previous page.',
} as const;

/** A paged field's `first` and `after` arguments, documented and checked, for its `args:`. */
export function pageArgFields(arg: ArgBuilder<BuilderTypes>) {
  return {
    first: arg.int({ defaultValue: 20, description: PAGE_ARG_DOCS.first, validate: PAGE_ARG_CHECKS.first }),
    after: arg.string({ required: false, description: PAGE_ARG_DOCS.after, validate: PAGE_ARG_CHECKS.after }),
  };
}

/**
 * The keyset condition of a page: rows after the cursor in (key, id) order. `key` must be the
 * expression the query orders by, non-null (coalesce it).
 */
export function afterCursor(key: string, id: string): string {
  return `($after IS NULL OR ${key} > $after.k OR (${key} = $after.k AND ${id} > $after.id))`;
}
