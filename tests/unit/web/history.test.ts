import {
  canRedo,
  canUndo,
  createHistory,
  push,
  redo,
  replacePresent,
  undo,
} from '../../../web/src/models/history';

describe('undo stack', () => {
  test('undo and redo walk back and forth through pushed states', () => {
    let h = createHistory('start');
    h = push(h, 'expand');
    h = push(h, 'hide');
    expect(h.present).toBe('hide');
    h = undo(h);
    expect(h.present).toBe('expand');
    h = undo(h);
    expect(h.present).toBe('start');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('expand');
    expect(canRedo(h)).toBe(true);
  });

  test('a new step after undo drops the redo branch', () => {
    let h = push(push(createHistory(1), 2), 3);
    h = push(undo(h), 4);
    expect(h.past).toEqual([1, 2]);
    expect(h.present).toBe(4);
    expect(canRedo(h)).toBe(false);
  });

  test('undo and redo at the ends change nothing', () => {
    const h = createHistory('only');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  test('the past is capped', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = push(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });

  test('replacePresent records no step', () => {
    const h = replacePresent(push(createHistory('a'), 'b'), 'b+positions');
    expect(h.present).toBe('b+positions');
    expect(undo(h).present).toBe('a');
  });
});
