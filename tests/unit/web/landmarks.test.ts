/**
 * Landmarks: which entities keep their names when the zoom hides the others, and where the
 * names go.
 */
import { approximateMeasure } from '../../../web/src/models/labelWrap';
import {
  LANDMARK_LABEL,
  landmarkCount,
  pickLandmarks,
  type Frame,
  type LandmarkCandidate,
} from '../../../web/src/models/landmarks';

const frame: Frame = { width: 1000, height: 800, covers: [] };
const node = (id: string, degree: number, x: number, y: number, label = id): LandmarkCandidate => ({
  id,
  label,
  degree,
  x,
  y,
  size: 20,
});
const ids = (candidates: LandmarkCandidate[], f = frame) =>
  pickLandmarks(candidates, f, approximateMeasure).map((l) => l.id);

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
  expect(ids(candidates)).toEqual(['hub', 'second', 'third', 'small']);
});

test('a name is written centred under its node, a long one over several lines no wider than the maximum', () => {
  const [short] = pickLandmarks([node('a', 9, 500, 400, 'China')], frame, approximateMeasure);
  expect(short?.lines).toEqual(['China']);
  expect(((short?.box.x1 ?? 0) + (short?.box.x2 ?? 0)) / 2).toBeCloseTo(500);
  expect(short?.box.y1).toBe(400 + 10 + LANDMARK_LABEL.margin);
  const name = 'US push to diversify critical minerals away from China';
  const [long] = pickLandmarks([node('b', 9, 500, 400, name)], frame, approximateMeasure);
  expect(long?.lines.length).toBeGreaterThan(1);
  expect(long?.lines.join(' ')).toBe(name);
  const width = (long?.box.x2 ?? 0) - (long?.box.x1 ?? 0);
  expect(width).toBeLessThanOrEqual(LANDMARK_LABEL.maxWidth + 2 * LANDMARK_LABEL.padX);
  expect((long?.box.y2 ?? 0) - (long?.box.y1 ?? 0)).toBe(
    (long?.lines.length ?? 0) * LANDMARK_LABEL.lineHeight + 2 * LANDMARK_LABEL.padY,
  );
});

test('a name that would reach out of the canvas or under what covers it, or a node under a cover, is passed over', () => {
  const candidates = [
    node('at-right-edge', 50, 995, 400, 'A rather long entity name'),
    node('under-banner', 40, 500, 90),
    node('bottom', 30, 500, 795),
    // Its node is clear of the buttons at the bottom left, its name is not.
    node('name-under-buttons', 20, 120, 650, 'Ministry of Commerce'),
    node('inside', 10, 500, 400),
  ];
  const covers = [
    { x1: 0, y1: 0, x2: 1000, y2: 100 },
    { x1: 0, y1: 640, x2: 60, y2: 800 },
  ];
  expect(ids(candidates, { ...frame, covers })).toEqual(['inside']);
  expect(ids(candidates)).toEqual(['under-banner', 'name-under-buttons', 'inside']);
});

test('no more than the canvas holds, and unnamed entities are never landmarks', () => {
  const many = Array.from({ length: 400 }, (_, i) =>
    node(`n${i}`, 1000 - i, 40 + (i % 20) * 48, 30 + Math.floor(i / 20) * 38),
  );
  const chosen = ids([...many, node('nameless', 5000, 500, 400, '')]);
  expect(chosen.length).toBeGreaterThan(0);
  expect(chosen.length).toBeLessThanOrEqual(landmarkCount(frame.width, frame.height));
  expect(chosen).not.toContain('nameless');
  // The most connected comes first.
  expect(chosen[0]).toBe('n0');
});
