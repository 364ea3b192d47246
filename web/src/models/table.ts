/** Sort direction of a table column. */
export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by. */
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** What a row sorts by in one column; null (nothing to sort by, e.g. no date) always goes last. */
export type SortValue = string | number | null;

/**
 * Rows sorted by one column: numbers numerically, text with the locale's collation, and rows
 * with no value last in either direction (an undated fact is not "earlier" than a dated one).
 * `value` reads a row's sort value; by default the cell's own value, with '' as no value.
 */
export function sortRows<R extends Record<K, string | number>, K extends string>(
  rows: readonly R[],
  sort: SortState<K>,
  value: (row: R, key: K) => SortValue = (row, key) => (row[key] === '' ? null : row[key]),
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' });
    return sign * order;
  });
}

/**
 * The sort value of a relation's time: its date, else the start of its period ("since 2019"
 * sorts as 2019), else its end; null when undated. Partial ISO dates (2025, 2025-10,
 * 2025-10-30) sort correctly as text.
 */
export function whenSortValue(r: {
  date: string | null;
  start: string | null;
  end: string | null;
}): SortValue {
  return r.date ?? r.start ?? r.end ?? null;
}

/** The next sort state after a click on column `key`: same column flips, a new one ascends. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
