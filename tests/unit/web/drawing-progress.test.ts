/**
 * The progress bar of work the page does in steps (drawing a large view, see
 * web/src/graph/addInSteps.ts), as the canvas drives the layout store: what the bar shows, what
 * its Cancel does, and that a newer piece of work is never hidden by the end of an older one.
 */
import { useLayoutStore } from '../../../web/src/stores/layoutStore';

beforeEach(() => {
  useLayoutStore.setState(useLayoutStore.getInitialState(), true);
});

test('tracked work shows its label and progress, and Cancel stops it once', () => {
  const stops: string[] = [];
  const work = useLayoutStore.getState().track('Drawing 5,000 entities', () => stops.push('stop'));
  expect(useLayoutStore.getState().running).toEqual({
    label: 'Drawing 5,000 entities',
    done: 0,
    total: 1,
    cancellable: true,
  });
  work.progress(2500, 25000);
  expect(useLayoutStore.getState().running).toMatchObject({ done: 2500, total: 25000 });

  useLayoutStore.getState().cancel();
  expect(stops).toEqual(['stop']);
  expect(useLayoutStore.getState().running).toBeNull();
  // Late progress and a second Cancel change nothing.
  work.progress(5000, 25000);
  useLayoutStore.getState().cancel();
  expect(stops).toEqual(['stop']);
  expect(useLayoutStore.getState().running).toBeNull();
});

test('work with nothing to go back to offers no Cancel, and Cancel leaves it running', () => {
  const work = useLayoutStore.getState().track('Drawing 1,200 entities', null);
  expect(useLayoutStore.getState().running?.cancellable).toBe(false);
  useLayoutStore.getState().cancel();
  expect(useLayoutStore.getState().running?.label).toBe('Drawing 1,200 entities');
  work.end();
  expect(useLayoutStore.getState().running).toBeNull();
});

test('the end of older work does not take away the bar of newer work', () => {
  const older = useLayoutStore.getState().track('Drawing 950 entities', () => undefined);
  const newer = useLayoutStore.getState().track('Drawing 4,850 entities', () => undefined);
  older.progress(10, 20);
  older.end();
  expect(useLayoutStore.getState().running).toMatchObject({ label: 'Drawing 4,850 entities', done: 0 });
  newer.end();
  expect(useLayoutStore.getState().running).toBeNull();
});
