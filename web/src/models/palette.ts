import type { EntityType, RelationStatus, RelationType } from './types';

/** Node shapes Cytoscape knows that we use; the SVG export draws the same ones. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'hexagon'
  | 'barrel'
  | 'round-pentagon'
  | 'round-tag'
  | 'star'
  | 'round-diamond'
  | 'round-triangle'
  | 'cut-rectangle'
  | 'rhomboid'
  | 'round-octagon';

/** How one entity type is drawn and named. */
export interface TypeStyle {
  color: string;
  shape: NodeShape;
  label: string;
}

/**
 * Colour and shape per entity type. Colours come from the Okabe-Ito and Paul Tol palettes, which
 * stay distinct under the common colour-vision deficiencies; the shape tells types apart even
 * without colour.
 */
export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  Person: { color: '#E69F00', shape: 'ellipse', label: 'Person' },
  Agency: { color: '#0072B2', shape: 'round-rectangle', label: 'Agency' },
  Country: { color: '#D55E00', shape: 'round-octagon', label: 'Country' },
  Organization: { color: '#009E73', shape: 'barrel', label: 'Organization' },
  Group: { color: '#CC79A7', shape: 'round-pentagon', label: 'Group' },
  MediaOutlet: { color: '#56B4E9', shape: 'round-tag', label: 'Media outlet' },
  ThreatActor: { color: '#882255', shape: 'star', label: 'Threat actor' },
  Resource: { color: '#DDCC77', shape: 'round-diamond', label: 'Resource' },
  Sector: { color: '#44AA99', shape: 'round-triangle', label: 'Sector' },
  Infrastructure: { color: '#999933', shape: 'cut-rectangle', label: 'Infrastructure' },
  Policy: { color: '#AA4499', shape: 'rhomboid', label: 'Policy' },
  Event: { color: '#332288', shape: 'hexagon', label: 'Event' },
};

/** Line pattern of an edge by status. */
export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

/** How one status is drawn and explained in the legend. */
export interface StatusStyle {
  pattern: LinePattern;
  label: string;
  meaning: string;
}

/**
 * Edge pattern by status: solid for what is or was real, dashed for what was planned or put on
 * hold, dotted for claims not established, dash-dot for promises.
 */
export const STATUS_STYLES: Record<RelationStatus, StatusStyle> = {
  active: { pattern: 'solid', label: 'active', meaning: 'holds now' },
  occurred: { pattern: 'solid', label: 'occurred', meaning: 'happened' },
  planned: { pattern: 'dashed', label: 'planned', meaning: 'intended, not done' },
  cancelled: { pattern: 'dashed', label: 'cancelled', meaning: 'called off' },
  frozen: { pattern: 'dashed', label: 'frozen', meaning: 'on hold' },
  postponed: { pattern: 'dashed', label: 'postponed', meaning: 'put off' },
  pledged: { pattern: 'dash-dot', label: 'pledged', meaning: 'promised' },
  alleged: { pattern: 'dotted', label: 'alleged', meaning: 'claimed' },
  unverified: { pattern: 'dotted', label: 'unverified', meaning: 'not confirmed' },
};

/** Dash arrays (in px at zoom 1) for each pattern, shared by canvas, legend and SVG export. */
export const DASHES: Record<LinePattern, number[]> = {
  solid: [],
  dashed: [7, 5],
  dotted: [1.5, 4],
  'dash-dot': [9, 4, 2, 4],
};

/** Legend groups of statuses by line pattern. */
export const PATTERN_GROUPS: Array<{ pattern: LinePattern; title: string; statuses: RelationStatus[] }> = [
  { pattern: 'solid', title: 'Solid: fact', statuses: ['active', 'occurred'] },
  {
    pattern: 'dashed',
    title: 'Dashed: planned or halted',
    statuses: ['planned', 'cancelled', 'frozen', 'postponed'],
  },
  { pattern: 'dash-dot', title: 'Dash-dot: promise', statuses: ['pledged'] },
  { pattern: 'dotted', title: 'Dotted: claim', statuses: ['alleged', 'unverified'] },
];

/** Readable words for a relation type when the API gives none ("TRADED_FOR" → "traded for"). */
export function relationWords(type: RelationType | string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Text colour readable on a given background (black or white), by WCAG relative luminance. */
export function textOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return l > 0.3 ? '#111827' : '#ffffff';
}
