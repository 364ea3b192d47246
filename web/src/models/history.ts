/**
 * An undo/redo stack of immutable states. `push` drops the redo branch, as editors do; the past
 * is capped so a long session does not grow without bound.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** A history holding one state. */
export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the new present. */
export function push<T>(history: History<T>, next: T, limit = 100): History<T> {
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

/** Replaces the present without recording a step (e.g. to attach positions to it). */
export function replacePresent<T>(history: History<T>, present: T): History<T> {
  return { ...history, present };
}

/** Steps back; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** Steps forward again; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** Whether undo would do something. */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

/** Whether redo would do something. */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}
