import { useState } from 'react';

/**
 * Rows a list in the details shows before "Show more". A hub on a large canvas has thousands of
 * relations of one kind and thousands of sources: listed in full, its details held 3,900 rows
 * (20,000 elements) that nobody reads.
 */
export const LISTED_FIRST = 25;
/** Rows each "Show more" adds to a list in the details. */
export const LISTED_MORE = 100;
/**
 * Rows the table view shows per table, and adds with each "Show more": 5,000 entities and their
 * 20,000 relations as 26,000 rows took 7.9 s to lay out, the page frozen.
 */
export const TABLE_ROWS = 200;

/** The first rows of a long list, and how to list `step` more (ShowMore). */
export function useListed<T>(
  items: readonly T[],
  first = LISTED_FIRST,
  step = LISTED_MORE,
): { listed: readonly T[]; left: number; more: () => void; step: number } {
  const [count, setCount] = useState(first);
  return {
    listed: items.length > count ? items.slice(0, count) : items,
    left: Math.max(0, items.length - count),
    more: () => setCount((n) => n + step),
    step,
  };
}
