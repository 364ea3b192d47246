/** Sort direction of a table column. */
export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by. */
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** Rows sorted by one column: numbers numerically, text with the locale's collation. */
export function sortRows<R extends Record<K, string | number>, K extends string>(
  rows: readonly R[],
  sort: SortState<K>,
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' });
    return sign * order;
  });
}

/** The next sort state after a click on column `key`: same column flips, a new one ascends. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
