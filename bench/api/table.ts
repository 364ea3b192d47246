/** Markdown tables for the bench's figures, right-aligned numbers, so they paste into notes. */

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Milliseconds with one decimal under 100, whole above; "–" for no figure. */
export const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '–' : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US');

export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) || Number.isNaN(a) ? '–' : `${(a / b).toFixed(2)}×`;
