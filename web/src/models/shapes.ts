import type { NodeShape } from './palette';

/** An SVG outline of a node shape of size `s` centred on (x, y). */
export function shapePath(shape: NodeShape, x: number, y: number, s: number): string {
  const r = s / 2;
  const poly = (points: Array<[number, number]>) =>
    `<polygon points="${points.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}"`;
  const regular = (n: number, rotate: number) =>
    poly(
      Array.from({ length: n }, (_, i) => {
        const a = rotate + (i * 2 * Math.PI) / n;
        return [Math.cos(a), Math.sin(a)] as [number, number];
      }),
    );
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${r}"`;
    case 'round-rectangle':
    case 'barrel':
      return `<rect x="${x - r}" y="${y - r}" width="${s}" height="${s}" rx="${s / 4}"`;
    case 'round-octagon':
      return regular(8, Math.PI / 8);
    case 'hexagon':
      return regular(6, 0);
    case 'round-pentagon':
      return regular(5, -Math.PI / 2);
    case 'round-triangle':
      return regular(3, -Math.PI / 2);
    case 'round-diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'rhomboid':
      return poly([
        [-0.6, -1],
        [1, -1],
        [0.6, 1],
        [-1, 1],
      ]);
    case 'cut-rectangle':
      return poly([
        [-0.6, -1],
        [0.6, -1],
        [1, -0.6],
        [1, 0.6],
        [0.6, 1],
        [-0.6, 1],
        [-1, 0.6],
        [-1, -0.6],
      ]);
    case 'round-tag':
      return poly([
        [-1, -1],
        [0.4, -1],
        [1, 0],
        [0.4, 1],
        [-1, 1],
      ]);
    case 'star':
      return poly(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const k = i % 2 === 0 ? 1 : 0.45;
          return [k * Math.cos(a), k * Math.sin(a)] as [number, number];
        }),
      );
  }
}
