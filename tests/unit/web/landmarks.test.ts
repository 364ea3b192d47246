/**
 * Landmarks: which entities keep their names when the zoom hides the others, and how large.
 */
import { approximateMeasure } from '../../../web/src/models/labelWrap';
import {
  LANDMARK_PX,
  landmarkCount,
  landmarkScale,
  pickLandmarks,
  type LandmarkCandidate,
} from '../../../web/src/models/landmarks';
import { MAX_LANDMARK_SCALE, NODE_LABEL } from '../../../web/src/models/stylesheet';

const frame = { top: 0, width: 1000, height: 800 };
const node = (id: string, degree: number, x: number, y: number, label = id): LandmarkCandidate => ({
  id,
  label,
  degree,
  x,
  y,
  size: 20,
});

test('the scale draws a landmark name at least LANDMARK_PX on screen, within the rules the stylesheet has', () => {
  for (const zoom of [0.1, 0.3, 0.45, 0.6, 0.92]) {
    const scale = landmarkScale(zoom);
    expect(NODE_LABEL.fontSize * scale * zoom).toBeGreaterThanOrEqual(LANDMARK_PX);
    // Not needlessly larger: one step less would be too small.
    if (scale > 1) expect(NODE_LABEL.fontSize * (scale - 1) * zoom).toBeLessThan(LANDMARK_PX);
  }
  expect(landmarkScale(1)).toBe(1);
  expect(landmarkScale(0.001)).toBe(MAX_LANDMARK_SCALE);
});

test('a larger canvas holds more landmarks, within bounds', () => {
  const phone = landmarkCount(390, 500);
  const laptop = landmarkCount(680, 540);
  const projector = landmarkCount(930, 800);
  expect(phone).toBeLessThan(laptop);
  expect(laptop).toBeLessThan(projector);
  expect(landmarkCount(10, 10)).toBe(3);
  expect(landmarkCount(10_000, 10_000)).toBe(40);
});

test('the most connected entities are chosen first, and a name that would cover a kept one is passed over', () => {
  const candidates = [
    node('small', 2, 800, 600),
    node('hub', 50, 300, 200),
    // Right next to the hub: its name would lie on the hub's.
    node('crowded', 40, 305, 205),
    node('second', 30, 700, 200),
    node('third', 20, 300, 600),
  ];
  const { ids } = pickLandmarks(candidates, 0.5, frame, approximateMeasure);
  expect(ids).toEqual(['hub', 'second', 'third', 'small']);
});

test('a name that would reach out of the canvas or under the note over its top is passed over', () => {
  const candidates = [
    node('at-right-edge', 50, 995, 400, 'A rather long entity name'),
    node('under-note', 40, 500, 90),
    node('bottom', 30, 500, 795),
    node('inside', 10, 500, 400),
  ];
  const { ids } = pickLandmarks(candidates, 0.5, { ...frame, top: 100 }, approximateMeasure);
  expect(ids).toEqual(['inside']);
});

test('no more than the canvas holds, and unnamed entities are never landmarks', () => {
  const many = Array.from({ length: 400 }, (_, i) =>
    node(`n${i}`, 1000 - i, 40 + (i % 20) * 48, 30 + Math.floor(i / 20) * 38),
  );
  const { ids, scale } = pickLandmarks([...many, node('nameless', 5000, 500, 400, '')], 1, frame);
  expect(scale).toBe(1);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(landmarkCount(frame.width, frame.height));
  expect(ids).not.toContain('nameless');
  // The most connected comes first.
  expect(ids[0]).toBe('n0');
});
