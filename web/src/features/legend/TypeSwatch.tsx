import { shapePath } from '../../models/shapes';
import { DASHES, TYPE_STYLES, type LinePattern } from '../../models/palette';
import type { EntityType } from '../../models/types';

/** The shape and colour of an entity type, as drawn on the canvas. */
export function TypeSwatch({ type, size = 16 }: { type: EntityType; size?: number }) {
  const t = TYPE_STYLES[type];
  const markup = `${shapePath(t.shape, size / 2, size / 2, size - 2)} fill="${t.color}" stroke="#fff" stroke-width="1"/>`;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      className="swatch"
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}

/** A short line in an edge pattern. */
export function LineSwatch({ pattern, width = 34 }: { pattern: LinePattern; width?: number }) {
  const dash = DASHES[pattern];
  return (
    <svg width={width} height="10" viewBox={`0 0 ${width} 10`} aria-hidden="true" className="swatch">
      <line
        x1="1"
        y1="5"
        x2={width - 7}
        y2="5"
        stroke="#4b5563"
        strokeWidth="2"
        strokeDasharray={dash.length ? dash.join(' ') : undefined}
      />
      <path d={`M${width - 8},1 L${width - 1},5 L${width - 8},9 z`} fill="#4b5563" />
    </svg>
  );
}
