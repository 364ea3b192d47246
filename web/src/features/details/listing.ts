import { useState } from 'react';

/**
 * Rows a list in the details shows before "Show more". A hub on a large canvas has thousands of
 * relations of one kind and thousands of sources: listed in full, its details held 3,900 rows
 * (20,000 elements) that nobody reads.
 */
export const LISTED_FIRST = 25;
/** Rows each "Show more" adds. */
export const LISTED_MORE = 100;

/** The first rows of a long list, and how to list more (ShowMore). */
export function useListed<T>(items: readonly T[]): { listed: readonly T[]; left: number; more: () => void } {
  const [count, setCount] = useState(LISTED_FIRST);
  return {
    listed: items.length > count ? items.slice(0, count) : items,
    left: Math.max(0, items.length - count),
    more: () => setCount((n) => n + LISTED_MORE),
  };
}
