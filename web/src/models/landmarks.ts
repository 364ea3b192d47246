import { approximateMeasure, type Measure } from './labelWrap';
import { cytoscapeLines } from './nodeBox';
import { FONT, LANDMARK_WIDTH, MAX_LANDMARK_SCALE, NODE_LABEL } from './stylesheet';

/**
 * Landmarks: when the canvas is zoomed out so far that node labels are hidden or too small to
 * read (an overview of a large graph, the article on a phone), the most connected entities in sight keep their names,
 * drawn large enough to read, so the view is not a field of anonymous dots. They are chosen
 * again after each gesture (LandmarkController).
 */

/** The smallest on-screen size, in px, a landmark's name is drawn at. */
export const LANDMARK_PX = 12;
/** Screen area, in px², per landmark: about twelve on a laptop's canvas, six on a phone. */
const AREA_PER_LANDMARK = 30_000;
const MIN_LANDMARKS = 3;
const MAX_LANDMARKS = 40;
/** At most this many candidates are tried per landmark wanted; the rest are less connected. */
const CANDIDATES_PER_LANDMARK = 8;
/** Screen px kept free between two landmark labels. */
const GAP = 6;

/** A node in sight, in screen (rendered) coordinates. */
export interface LandmarkCandidate {
  id: string;
  label: string;
  degree: number;
  /** Centre on screen. */
  x: number;
  y: number;
  /** Drawn diameter on screen. */
  size: number;
}

/** The landmarks to mark, and the scale their labels are drawn at (a `landmark-<scale>` class). */
export interface Landmarks {
  ids: string[];
  scale: number;
}

/** The scale that draws a label of NODE_LABEL.fontSize at least LANDMARK_PX on screen at `zoom`. */
export function landmarkScale(zoom: number): number {
  const needed = Math.ceil(LANDMARK_PX / (NODE_LABEL.fontSize * Math.max(zoom, 1e-6)));
  return Math.min(MAX_LANDMARK_SCALE, Math.max(1, needed));
}

/** How many landmarks a canvas of this size shows. */
export function landmarkCount(width: number, height: number): number {
  const n = Math.round((width * height) / AREA_PER_LANDMARK);
  return Math.min(MAX_LANDMARKS, Math.max(MIN_LANDMARKS, n));
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a candidate's label is drawn on screen at `scale`: wrapped under the node as Cytoscape wraps it. */
function labelBox(c: LandmarkCandidate, scale: number, zoom: number, measure: Measure): Box {
  const fontPx = NODE_LABEL.fontSize * scale;
  const font = `600 ${fontPx}px ${FONT}`;
  const lineWidth = (text: string) => Math.ceil(measure(text, font));
  const lines = cytoscapeLines(c.label, NODE_LABEL.maxWidth * LANDMARK_WIDTH * scale, lineWidth);
  const width = Math.max(0, ...lines.map(lineWidth)) * zoom;
  const pad = (NODE_LABEL.padding + 1) * scale * zoom;
  const top = c.y + c.size / 2 + NODE_LABEL.margin * scale * zoom;
  return {
    x1: c.x - width / 2 - pad,
    x2: c.x + width / 2 + pad,
    y1: top - pad,
    y2: top + lines.length * fontPx * zoom * 1.2 + pad,
  };
}

const apart = (a: Box, b: Box) =>
  a.x2 + GAP <= b.x1 || b.x2 + GAP <= a.x1 || a.y2 + GAP <= b.y1 || b.y2 + GAP <= a.y1;

/** The part of the canvas labels may use, in screen px: below `top` (notes laid over the canvas). */
export interface Frame {
  top: number;
  width: number;
  height: number;
}

/**
 * The most connected candidates whose labels, at the scale `zoom` needs, neither overlap one
 * another nor reach out of the frame; at most landmarkCount of them. Bounded work: a few
 * candidates per landmark are tried, each against those already kept.
 */
export function pickLandmarks(
  candidates: LandmarkCandidate[],
  zoom: number,
  frame: Frame,
  measure: Measure = approximateMeasure,
): Landmarks {
  const { top, width, height } = frame;
  const scale = landmarkScale(zoom);
  const wanted = landmarkCount(width, height - top);
  const byDegree = [...candidates]
    .filter((c) => c.label)
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, wanted * CANDIDATES_PER_LANDMARK);
  const kept: Box[] = [];
  const ids: string[] = [];
  for (const c of byDegree) {
    if (ids.length >= wanted) break;
    const box = labelBox(c, scale, zoom, measure);
    // The node and its name both in the frame: one under a note over the canvas is out of sight.
    if (box.x1 < 0 || c.y - c.size / 2 < top || box.x2 > width || box.y2 > height) continue;
    if (!kept.every((other) => apart(box, other))) continue;
    kept.push(box);
    ids.push(c.id);
  }
  return { ids, scale };
}
