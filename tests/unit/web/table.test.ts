import { countOf, relationWhen } from '../../../web/src/models/format';
import { sortRows, whenSortValue } from '../../../web/src/models/table';
import { relation } from './graph-builders';

/** Relations with the kinds of time the fixtures hold: none, a year, a month, a day, a period. */
const rows = [
  { ...relation('a', 'b'), id: 'undated' },
  { ...relation('a', 'c'), id: 'day', date: '2025-10-30' },
  { ...relation('a', 'd'), id: 'since-2019', start: '2019' },
  { ...relation('a', 'e'), id: 'month', date: '2025-01' },
  { ...relation('a', 'f'), id: 'undated-too' },
  { ...relation('a', 'g'), id: 'year', date: '2025' },
].map((r) => ({ id: r.id, when: relationWhen(r), relation: r }));

const sortedIds = (direction: 'ascending' | 'descending') =>
  sortRows(rows, { key: 'when', direction }, (row) => whenSortValue(row.relation)).map((r) => r.id);

test('"When" sorts by date, "since 2019" as 2019, undated rows last either way', () => {
  expect(rows.find((r) => r.id === 'since-2019')?.when).toBe('since 2019');
  expect(sortedIds('ascending')).toEqual(['since-2019', 'year', 'month', 'day', 'undated', 'undated-too']);
  expect(sortedIds('descending')).toEqual(['day', 'month', 'year', 'since-2019', 'undated', 'undated-too']);
});

test('an empty cell sorts last by default, and text sorts by the locale with numbers in order', () => {
  const plain = [
    { id: '1', name: '' },
    { id: '2', name: 'item 10' },
    { id: '3', name: 'Item 9' },
  ];
  expect(sortRows(plain, { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual(['3', '2', '1']);
  expect(sortRows(plain, { key: 'name', direction: 'descending' }).map((r) => r.id)).toEqual(['2', '3', '1']);
});

test('countOf writes a count as a sentence has it', () => {
  expect(countOf(1, 'relation')).toBe('1 relation');
  expect(countOf(0, 'relation')).toBe('0 relations');
  expect(countOf(21_790, 'relation')).toBe('21,790 relations');
  expect(countOf(2, 'entity', 'entities')).toBe('2 entities');
});
