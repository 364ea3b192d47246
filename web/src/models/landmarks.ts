import { approximateMeasure, type Measure } from './labelWrap';
import { cytoscapeLines } from './nodeBox';
import { FONT } from './stylesheet';

/**
 * Landmarks: when the canvas is zoomed out so far that node labels are hidden or too small to
 * read (an overview of a large graph, the article on a phone), the most connected entities in
 * sight keep their names, written over the canvas at a size that reads, so the view is not a
 * field of anonymous dots. They are chosen again after each gesture (LandmarkLayer).
 */

/** How a landmark's name is written on screen (px); the layer's CSS follows these. */
export const LANDMARK_LABEL = {
  fontSize: 13,
  fontWeight: 600,
  lineHeight: 16,
  maxWidth: 156,
  /** Between the node's shape and the name. */
  margin: 3,
  padX: 4,
  padY: 1,
} as const;

/**
 * Height in px under which a name on screen or in an image is too small to read (a 13 px label
 * below zoom 0.54). Not higher: the article at 1280x720 draws its labels at about 7.5 px, small
 * but readable, and a landmark's name would cover some of them.
 */
export const READABLE_PX = 7;

/** The CSS font of a landmark's name. */
export const LANDMARK_FONT = `${LANDMARK_LABEL.fontWeight} ${LANDMARK_LABEL.fontSize}px ${FONT}`;

/** Screen area, in px², per landmark: about twelve on a laptop's canvas, six on a phone. */
const AREA_PER_LANDMARK = 30_000;
const MIN_LANDMARKS = 3;
const MAX_LANDMARKS = 40;
/** At most this many candidates are tried per landmark wanted; the rest are less connected. */
const CANDIDATES_PER_LANDMARK = 8;
/** Screen px kept free between two landmark names. */
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

/** A chosen landmark: its name broken into the lines it is written in, and where (screen px). */
export interface Landmark {
  id: string;
  lines: string[];
  /** The name's box: centred under the node. */
  box: Box;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The canvas, in screen px, and what is laid over it (a banner, buttons, hints): no name goes there. */
export interface Frame {
  width: number;
  height: number;
  covers: Box[];
}

/** How many landmarks a canvas of this size shows. */
export function landmarkCount(width: number, height: number): number {
  const n = Math.round((width * height) / AREA_PER_LANDMARK);
  return Math.min(MAX_LANDMARKS, Math.max(MIN_LANDMARKS, n));
}

/** The lines a name is written in: wrapped at spaces within LANDMARK_LABEL.maxWidth. */
export function landmarkLines(label: string, measure: Measure): string[] {
  const width = (text: string) => Math.ceil(measure(text, LANDMARK_FONT));
  return cytoscapeLines(label, LANDMARK_LABEL.maxWidth, width).map((line) => line.trim());
}

/** Where a name is written for a node centred at (x, y) of diameter `size`: under it, centred. */
export function landmarkBox(x: number, y: number, size: number, lines: string[], measure: Measure): Box {
  const { margin, padX, padY, lineHeight } = LANDMARK_LABEL;
  const width = Math.max(0, ...lines.map((line) => Math.ceil(measure(line, LANDMARK_FONT)))) + 2 * padX;
  const top = y + size / 2 + margin;
  return { x1: x - width / 2, x2: x + width / 2, y1: top, y2: top + lines.length * lineHeight + 2 * padY };
}

const apart = (a: Box, b: Box) =>
  a.x2 + GAP <= b.x1 || b.x2 + GAP <= a.x1 || a.y2 + GAP <= b.y1 || b.y2 + GAP <= a.y1;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const contains = (b: Box, x: number, y: number) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;

/**
 * The most connected candidates whose names neither overlap one another nor reach out of the
 * canvas or under what covers it, with the node itself in sight; at most landmarkCount of them.
 * Bounded work: a few candidates per landmark are tried, each against those already kept.
 */
export function pickLandmarks(
  candidates: LandmarkCandidate[],
  frame: Frame,
  measure: Measure = approximateMeasure,
): Landmark[] {
  const { width, height, covers } = frame;
  const wanted = landmarkCount(width, height);
  const byDegree = candidates
    .filter((c) => c.label)
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, wanted * CANDIDATES_PER_LANDMARK);
  const kept: Landmark[] = [];
  for (const c of byDegree) {
    if (kept.length >= wanted) break;
    const lines = landmarkLines(c.label, measure);
    const box = landmarkBox(c.x, c.y, c.size, lines, measure);
    if (box.x1 < 0 || c.y < 0 || box.x2 > width || box.y2 > height) continue;
    if (covers.some((cover) => contains(cover, c.x, c.y) || overlaps(cover, box))) continue;
    if (!kept.every((other) => apart(box, other.box))) continue;
    kept.push({ id: c.id, lines, box });
  }
  return kept;
}
