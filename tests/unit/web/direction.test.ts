import { arrowDirection, nearestInDirection, nearestTo } from '../../../web/src/models/direction';

//      a(0,-100)
// b(-100,0)  o(0,0)  c(100,10)  d(300,0)
//      e(20,100)   f(60,60)
const nodes = [
  { id: 'o', x: 0, y: 0 },
  { id: 'a', x: 0, y: -100 },
  { id: 'b', x: -100, y: 0 },
  { id: 'c', x: 100, y: 10 },
  { id: 'd', x: 300, y: 0 },
  { id: 'e', x: 20, y: 100 },
  { id: 'f', x: 60, y: 60 },
];
const o = { id: 'o', x: 0, y: 0 };

test('each arrow moves to the nearest node that way, never to the node itself', () => {
  expect(nearestInDirection(o, nodes, 'right')).toBe('c');
  expect(nearestInDirection(o, nodes, 'left')).toBe('b');
  expect(nearestInDirection(o, nodes, 'up')).toBe('a');
  expect(nearestInDirection(o, nodes, 'down')).toBe('e');
});

test('a node straight ahead beats a closer one off to the side', () => {
  // f is closer than c but 45° down; c is almost straight to the right.
  expect(
    nearestInDirection(
      { x: 0, y: 0 },
      [nodes[3], nodes[6]].filter((n) => n !== undefined),
      'right',
    ),
  ).toBe('c');
  // Off the 45° cone only when nothing lies inside it.
  expect(nearestInDirection(o, [{ id: 'g', x: 10, y: 80 }], 'right')).toBe('g');
});

test('nothing ahead gives null; from the far right there is no further right', () => {
  expect(nearestInDirection({ id: 'd', x: 300, y: 0 }, nodes, 'right')).toBeNull();
  expect(nearestInDirection(o, [], 'left')).toBeNull();
});

test('ties go to the smaller id, so the answer is the same every time', () => {
  const twins = [
    { id: 'z', x: 50, y: 10 },
    { id: 'm', x: 50, y: -10 },
  ];
  expect(nearestInDirection(o, twins, 'right')).toBe('m');
  expect(nearestInDirection(o, [...twins].reverse(), 'right')).toBe('m');
});

test('nearestTo picks the node closest to a point; arrow keys map to directions', () => {
  expect(nearestTo({ x: 90, y: 0 }, nodes)).toBe('c');
  expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  expect(arrowDirection('ArrowUp')).toBe('up');
  expect(arrowDirection('ArrowLeft')).toBe('left');
  expect(arrowDirection('Enter')).toBeNull();
});
