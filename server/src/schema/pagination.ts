import type { ObjectRef } from '@pothos/core';
import { builder, type Types } from '../builder';
import { badInput, checkRange } from '../errors';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** One page of a keyset connection; `count` runs only if totalCount is selected. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (item: T) => string;
  count: () => Promise<number>;
}

/** Cursors are opaque to clients; inside they are the id the next page seeks past. */
export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

/** Reads an `after` cursor ('' when absent); a malformed one is a BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): string {
  if (cursor === null || cursor === undefined) return '';
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:') || !/^[a-z0-9-]{1,200}$/.test(text.slice(3))) {
    throw badInput(argument, 'is not a cursor this API issued');
  }
  return text.slice(3);
}

/** Validates `first` (default 20, 1..100). */
export function pageSize(first: number | null | undefined, max = MAX_PAGE): number {
  return checkRange('first', first ?? DEFAULT_PAGE, 1, max);
}

/** A connection's forward arguments as received. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Checked page arguments: the page size, the id to seek past ('' for the first page), and the
 * number of rows to fetch, one more than the page, to learn whether a next page exists.
 */
export function pageWindow(args: PageArgs): { size: number; after: string; limit: number } {
  const size = pageSize(args.first);
  return { size, after: decodeCursor(args.after), limit: size + 1 };
}

/** The page of `rows`, fetched for `window` (one extra row past a full page). */
export function pageOf<T extends { id: string }>(
  rows: T[],
  window: { size: number; after: string },
  count: () => Promise<number>,
): Page<T> {
  return {
    items: rows.slice(0, window.size),
    hasNextPage: rows.length > window.size,
    hasPreviousPage: window.after !== '',
    cursorOf: (item) => encodeCursor(item.id),
    count,
  };
}

/** One page of a top-level list: checks the arguments, fetches one extra row, pages it. */
export async function keysetPage<T extends { id: string }>(
  fetch: (after: string, limit: number) => Promise<T[]>,
  args: PageArgs,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const window = pageWindow(args);
  return pageOf(await fetch(window.after, window.limit), window, count);
}

interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Where a page sits: its first and last items' cursors and whether pages lie either side. */
export function pageInfoOf<T>(
  page: Pick<Page<T>, 'items' | 'hasNextPage' | 'hasPreviousPage' | 'cursorOf'>,
): PageInfoShape {
  const first = page.items[0];
  const last = page.items.at(-1);
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: first ? page.cursorOf(first) : null,
    endCursor: last ? page.cursorOf(last) : null,
  };
}

export const PageInfo = builder.objectRef<PageInfoShape>('PageInfo').implement({
  description: 'Where a page sits in its list (Relay).',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', {
      description: 'More items follow: pass endCursor as `after`.',
    }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', {
      description: 'This page was reached with `after`.',
    }),
    startCursor: t.exposeString('startCursor', { nullable: true, description: 'Cursor of the first item.' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Cursor of the last item.' }),
  }),
});

/**
 * A Relay connection type `<Name>Connection` with `<Name>Edge`, `nodes` for convenience, and a
 * totalCount computed only when selected.
 */
export function connectionType<T extends { id: string }>(
  name: string,
  node: ObjectRef<Types, unknown, T>,
  what: string,
) {
  const Edge = builder.objectRef<{ cursor: string; node: T }>(`${name}Edge`).implement({
    description: `One ${what} and its cursor.`,
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass as `after` to continue after this item.' }),
      node: t.field({ type: node, resolve: (edge) => edge.node as never, description: `The ${what}.` }),
    }),
  });
  return builder.objectRef<Page<T>>(`${name}Connection`).implement({
    description: `A page of ${what}s, in id order, with keyset cursors.`,
    fields: (t) => ({
      edges: t.field({
        type: [Edge],
        description: `The ${what}s of this page with their cursors.`,
        resolve: (page) => page.items.map((item) => ({ cursor: page.cursorOf(item), node: item })),
      }),
      nodes: t.field({
        type: [node],
        description: `The ${what}s of this page.`,
        resolve: (page) => page.items as never,
      }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Cursors and whether more pages exist.',
        resolve: (page) => pageInfoOf(page),
      }),
      totalCount: t.int({
        description: `How many ${what}s match in all (one extra count query, run only when asked for).`,
        resolve: (page) => page.count(),
      }),
    }),
  });
}
