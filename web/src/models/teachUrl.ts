import { isPartialDate, type TimeRange } from './timeline';

/** What the address carries for teaching: the time range, a what-if, and a lesson step. */
export interface TeachUrlState {
  time: TimeRange;
  whatIf: string | null;
  lesson: { id: string; step: number } | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Appends the teaching parameters to an address's query string (from encodeUrlState). */
export function withTeachParams(search: string, state: TeachUrlState): string {
  const params = new URLSearchParams(search);
  if (state.time.from) params.set('from', state.time.from);
  if (state.time.to) params.set('to', state.time.to);
  if (state.whatIf) params.set('whatif', state.whatIf);
  if (state.lesson) {
    params.set('lesson', state.lesson.id);
    params.set('step', String(state.lesson.step + 1));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Reads the teaching parameters back; malformed dates and ids are dropped, not trusted. */
export function decodeTeachParams(search: string): TeachUrlState {
  const params = new URLSearchParams(search);
  const date = (key: string) => {
    const value = params.get(key);
    return value && isPartialDate(value) ? value : null;
  };
  const slug = (key: string) => {
    const value = params.get(key);
    return value && SLUG.test(value) ? value : null;
  };
  const lessonId = slug('lesson');
  const step = Number(params.get('step') ?? '1');
  return {
    time: { from: date('from'), to: date('to') },
    whatIf: slug('whatif'),
    lesson: lessonId ? { id: lessonId, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 } : null,
  };
}
