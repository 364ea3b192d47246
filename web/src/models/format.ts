import type { RelationData, SourceData } from './types';

/** A count with its noun, as a sentence has it: "1 relation", "21,790 relations", "2 entities". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date as people write it: "2025", "Oct 2025", "30 Oct 2025". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The when of a relation: its date, or its span; empty when the source gives none. */
export function relationWhen(r: Pick<RelationData, 'date' | 'start' | 'end'>): string {
  if (r.date) return formatDate(r.date);
  if (r.start && r.end) return `${formatDate(r.start)} – ${formatDate(r.end)}`;
  if (r.start) return `since ${formatDate(r.start)}`;
  if (r.end) return `until ${formatDate(r.end)}`;
  return '';
}

/** A citation line for a source: publisher, title, date and kind. */
export function citation(s: SourceData): string {
  const when = s.published ? ` (${formatDate(s.published)})` : '';
  return `${s.publisher}${when}. ${s.title}. [${s.kind.replace(/[_-]/g, ' ')}]`;
}
