import parseRange from 'range-parser';

/** What a Range header asks of a file of a known size. */
export type RangeRequest =
  { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * Interprets a Range header with `range-parser` (Express's parser) instead of splitting it by
 * hand: `bytes=100-50` and other malformed or multi-part ranges are ignored (RFC 9110 14.2 lets
 * a server send the whole file), a range wholly past the end is unsatisfiable (416), a single
 * satisfiable range is clamped to the file (206).
 */
export function interpretRange(header: string | undefined, size: number): RangeRequest {
  if (!header) return { kind: 'whole' };
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) return { kind: 'unsatisfiable' };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return { kind: 'whole' };
  const [range] = ranges;
  if (!range || range.start > range.end) return { kind: 'whole' };
  return { kind: 'part', start: range.start, end: range.end };
}
