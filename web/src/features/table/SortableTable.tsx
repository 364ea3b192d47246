import { useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortState, type SortValue } from '../../models/table';
import { TABLE_ROWS, useListed } from '../lists/listing';
import { ShowMore } from '../lists/ShowMore';

/** A column: its key in the row, heading, optional cell renderer and what it sorts by. */
export interface Column<R, K extends string> {
  key: K;
  title: string;
  render?: (row: R) => ReactNode;
  /** What the column sorts by when that is not the cell's text (a date behind "since 2019"). */
  sortValue?: (row: R) => SortValue;
}

interface Props<R extends Record<K, string | number> & { id: string }, K extends string> {
  caption: string;
  /** What a row is, one and many, for "Show 200 more entities". */
  noun: [string, string];
  rows: R[];
  columns: Array<Column<R, K>>;
  initial: SortState<K>;
  testId?: string;
}

/**
 * A table whose column headings are buttons that sort it (aria-sort tells screen readers). It
 * sorts every row and lists the first TABLE_ROWS, with "Show more" for the rest.
 */
export function SortableTable<R extends Record<K, string | number> & { id: string }, K extends string>({
  caption,
  noun,
  rows,
  columns,
  initial,
  testId,
}: Props<R, K>) {
  const [sort, setSort] = useState(initial);
  const byKey = new Map(columns.map((c) => [c.key, c.sortValue]));
  const sorted = sortRows(rows, sort, (row, key) => {
    const custom = byKey.get(key);
    if (custom) return custom(row);
    return row[key] === '' ? null : row[key];
  });
  const { listed, left, more, step } = useListed(sorted, TABLE_ROWS, TABLE_ROWS);
  return (
    <>
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
                <button type="button" onClick={() => setSort(nextSort(sort, c.key))}>
                  {c.title}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {listed.map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (
                <td key={c.key}>{c.render ? c.render(row) : row[c.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore left={left} step={step} noun={noun[0]} plural={noun[1]} onMore={more} />
    </>
  );
}
