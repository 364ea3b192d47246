/**
 * Presenter mode's framing as pure functions: a lesson step too wide or too tall for the screen
 * is drawn closer together (not smaller) until it fits at the least zoom, with no two labels
 * covering each other; one that fits already is left alone. And the presenter stylesheet holds
 * the larger labels the framing counts on.
 */
import { countOverlaps, extent, type NodeBox } from '../../../web/src/models/compact';
import { fitZoom, squeezeToFrame } from '../../../web/src/models/presenterFrame';
import { buildStylesheet, DEFAULT_STYLE } from '../../../web/src/models/stylesheet';
import { PRESENTER_LABEL, PRESENTER_MIN_ZOOM } from '../../../web/src/models/teachingStyles';

/** A node with a presenter-sized label under it (150 px wide, three lines). */
const box = (id: string, x: number, y: number): NodeBox => ({
  id,
  x,
  y,
  left: -75,
  right: 75,
  top: -15,
  bottom: 75,
});
const moved = (boxes: NodeBox[], at: Record<string, { x: number; y: number }>) =>
  boxes.map((b) => ({ ...b, ...at[b.id] }));

describe('squeezeToFrame', () => {
  const frame = { width: 800, height: 640 };

  it('leaves a step that already fits at the least zoom as it is', () => {
    const boxes = [box('a', 0, 0), box('b', 300, 0), box('c', 150, 250)];
    expect(fitZoom(boxes, frame)).toBeGreaterThanOrEqual(1);
    expect(squeezeToFrame(boxes, frame, 1)).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 300, y: 0 },
      c: { x: 150, y: 250 },
    });
  });

  it('draws a layout twice too wide closer together until it fits, keeping its columns and no overlaps', () => {
    // Two columns and a row below, as the trade-off view draws a bargain, spread over 1,900 px.
    const boxes = [
      box('us', 0, 0),
      box('us-1', 500, 0),
      box('us-2', 500, 200),
      box('cn-1', 1300, 0),
      box('cn-2', 1300, 200),
      box('china', 1800, 0),
      box('truce', 900, 420),
    ];
    expect(fitZoom(boxes, frame)).toBeLessThan(0.5);
    const out = moved(boxes, squeezeToFrame(boxes, frame, 1));
    expect(fitZoom(out, frame)).toBeGreaterThanOrEqual(1);
    expect(countOverlaps(out)).toBe(0);
    const x = (id: string) => out.find((b) => b.id === id)?.x ?? NaN;
    // Columns stay columns and left stays left.
    expect(x('us-1')).toBeCloseTo(x('us-2'), 0);
    expect(x('cn-1')).toBeCloseTo(x('cn-2'), 0);
    expect(x('us')).toBeLessThan(x('us-1'));
    expect(x('us-1')).toBeLessThan(x('cn-1'));
    expect(x('cn-1')).toBeLessThan(x('china'));
  });

  it('keeps the best overlap-free drawing when even the tightest does not fit', () => {
    // Twenty labels cannot fit a frame the size of four of them: no overlaps, as large as it gets.
    const boxes = Array.from({ length: 20 }, (_, i) => box(`n${i}`, (i % 5) * 400, Math.floor(i / 5) * 300));
    const small = { width: 320, height: 200 };
    const out = moved(boxes, squeezeToFrame(boxes, small, 1));
    expect(countOverlaps(out)).toBe(0);
    expect(fitZoom(out, small)).toBeGreaterThanOrEqual(fitZoom(boxes, small));
    expect(extent(out).width).toBeLessThanOrEqual(extent(boxes).width);
  });
});

describe('the presenter stylesheet', () => {
  it('gives node and relation labels sizes that read at 14 px or more at the least zoom', () => {
    const size = (present: boolean, selector: string) =>
      buildStylesheet(DEFAULT_STYLE, { present })
        .filter((r) => r.selector === selector && r.style['font-size'] !== undefined)
        .map((r) => Number(r.style['font-size']))
        .pop();
    expect(size(true, 'node')).toBe(PRESENTER_LABEL.node);
    expect(size(true, 'edge')).toBe(PRESENTER_LABEL.edge);
    expect(Math.min(PRESENTER_LABEL.node, PRESENTER_LABEL.edge) * PRESENTER_MIN_ZOOM).toBeGreaterThanOrEqual(
      14,
    );
    expect(size(false, 'node')).toBeLessThan(14);
  });
});
