/**
 * Neo4j 5 keeps a plan per query text and per parameter type, and the type of a string or a list
 * includes its size rounded to a bucket: 0, 1, 2-10, 11-100, ... (SizeBucket in Neo4j's Cypher
 * planner). Our costly queries take 0.5-2 s to plan on a small machine, so a relation filter of
 * one type, then one of three, each paid a plan of its own (measured: 0.6 s each for the
 * neighbourhood on the article graph).
 */

/** A non-empty filter list's length on the wire: in the 11-100 bucket, as 26 relation types are. */
export const FILTER_LIST_LENGTH = 11;

/**
 * A filter list (relation types, statuses, excluded entity types or ids) as Cypher gets it: its
 * distinct values, repeated up to FILTER_LIST_LENGTH. These lists only feed `IN` and `size() = 0`,
 * where repeats change nothing, so every non-empty filter shares one plan, which the warm-up
 * (warm-up.ts) makes at start; an empty list stays empty (its own bucket: no filter).
 */
export function inOneBucket<T>(list: readonly T[]): T[] {
  const distinct = [...new Set(list)];
  if (distinct.length === 0) return [];
  const sent = [...distinct];
  while (sent.length < FILTER_LIST_LENGTH) sent.push(distinct[sent.length % distinct.length] as T);
  return sent;
}
