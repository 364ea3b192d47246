import { DASHES, STATUS_STYLES, TYPE_STYLES } from './palette';
import { presenterRules, teachingRules } from './teachingStyles';
import { ENTITY_TYPES, RELATION_STATUSES } from './types';

/** One rule of a Cytoscape stylesheet, as plain data. */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/** When edges show their relation words. */
export type EdgeLabelMode = 'auto' | 'always' | 'never';

/** The choices that change how the graph is drawn. */
export interface StyleState {
  /**
   * Relation words on edges: `auto` shows them once zoomed in far enough to read them and always
   * on the selection and a found path; `always` and `never` mean what they say.
   */
  edgeLabels: EdgeLabelMode;
  /** Size nodes by their number of relations. */
  sizeByDegree: boolean;
}

/**
 * Node size in px by number of relations: linear from min to max over the article's range of
 * degrees, then on a log scale up to hubMax at hubDegree, so hubs of a large graph (hundreds to
 * tens of thousands of relations) still differ; or one fixed size.
 */
export const NODE_SIZE = {
  minDegree: 1,
  maxDegree: 20,
  min: 22,
  max: 46,
  hubDegree: 20_000,
  hubMax: 64,
  fixed: 30,
} as const;

/**
 * A node's drawn size: the one formula for the canvas (each entity node carries
 * `nodeSize(degree, true)` as its `size` data, which the stylesheet reads) and the SVG export.
 */
export function nodeSize(degree: number, sizeByDegree: boolean): number {
  if (!sizeByDegree) return NODE_SIZE.fixed;
  const { minDegree, maxDegree, min, max, hubDegree, hubMax } = NODE_SIZE;
  if (degree > maxDegree) {
    const t = Math.log(degree / maxDegree) / Math.log(hubDegree / maxDegree);
    return max + Math.min(1, t) * (hubMax - max);
  }
  const t = (degree - minDegree) / (maxDegree - minDegree);
  return min + Math.max(0, t) * (max - min);
}

/** Entity nodes carry their size by degree as data (ElementsController puts it there). */
const SIZE_BY_DEGREE = 'data(size)';

/** Node and edge label metrics, shared by the canvas and the SVG export so both wrap alike. */
export const NODE_LABEL = { fontSize: 13, fontWeight: 500, maxWidth: 104, margin: 4, padding: 2 } as const;
export const EDGE_LABEL = { fontSize: 10, maxWidth: 72, padding: 2 } as const;

/** The default drawing choices. */
export const DEFAULT_STYLE: StyleState = { edgeLabels: 'auto', sizeByDegree: true };

const INK = '#1f2937';
const EDGE = '#7b8494';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Colours of the two relations the trade-off view is about (Okabe-Ito blue and vermilion). */
export const TRADED_FOR_COLOR = '#0066A6';
export const CONDITIONAL_ON_COLOR = '#B34A00';

/** Rules a guided view adds: the trade-off names every relation and colours the two that matter. */
function tradeoffRules(): StyleRule[] {
  const named = { 'min-zoomed-font-size': 0, 'font-size': 11, 'text-rotation': 'none' };
  return [
    {
      selector: 'edge',
      // Wider bends keep the labels of two relations between the same pair apart.
      style: {
        ...named,
        'line-color': '#9aa3b2',
        'target-arrow-color': '#9aa3b2',
        'control-point-step-size': 64,
      },
    },
    // Eight "part of" lines meet at the truce: their words show on the selection or zoomed in.
    { selector: 'edge[type = "PART_OF"]', style: { 'min-zoomed-font-size': 12 } },
    {
      selector: 'edge[type = "TRADED_FOR"]',
      style: {
        width: 2.8,
        'line-color': TRADED_FOR_COLOR,
        'target-arrow-color': TRADED_FOR_COLOR,
        color: TRADED_FOR_COLOR,
        'font-weight': 700,
        'z-index': 4,
      },
    },
    {
      selector: 'edge[type = "CONDITIONAL_ON"]',
      style: {
        width: 2.2,
        'line-color': CONDITIONAL_ON_COLOR,
        'target-arrow-color': CONDITIONAL_ON_COLOR,
        color: CONDITIONAL_ON_COLOR,
        'font-weight': 700,
        'z-index': 3,
      },
    },
  ];
}

/** What the canvas shows beyond the style state: a guided view restyles its relations. */
export interface StyleContext {
  guide?: 'tradeoff' | null;
  /**
   * A view of thousands of elements (drawn with WebGL): straight edges without words, labels
   * only when zoomed in, and the statuses' line patterns (which WebGL cannot dash) as lighter
   * lines, so panning and zooming stay fluid.
   */
  large?: boolean;
  /**
   * Relations drawn as plain lines until zoomed in (lineRules): every large view, and a view of
   * LINES_FROM relations or more (renderMode.ts), where their shapes, arrowheads and words would
   * cost the first drawing more than the nodes do.
   */
  lines?: boolean;
  /** Presenter mode: labels large enough for a projector (see presenterRules). */
  present?: boolean;
}

/** Group nodes stand for neighbours not on the canvas: grey, dashed, with their count. */
function groupRules(): StyleRule[] {
  return [
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        width: 150,
        height: 40,
        'background-color': '#f3f4f6',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#6b7280',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'text-max-width': '140px',
        'font-size': 12,
        color: INK,
      },
    },
    {
      selector: 'edge.group-edge',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [5, 4],
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        label: '',
        width: 1.2,
      },
    },
    { selector: 'edge.rest', style: { 'target-arrow-shape': 'none' } },
  ];
}

/**
 * Class of the edges drawn in full in a view of lines (StyleContext.lines): those in sight once
 * zoomed in far enough to tell relations apart (see DetailController).
 */
export const DETAILED = 'detailed';

/**
 * Relations as "haystack" lines from centre to centre under the nodes: Cytoscape computes no
 * curves, no end points on the node shapes and no words for them, and draws no arrowheads, the
 * dearest parts of a first drawing (half of it for the 522 relations of a 2,000-entity graph's
 * overview; seconds for 20,000). Zoomed in, the relations in sight are drawn in full again
 * (DETAILED), as are the selected one, the selection's and a found path's: `full` says how.
 */
function lineRules(full: StyleRule['style']): StyleRule[] {
  return [
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '' },
    },
    { selector: `edge.${DETAILED}, edge:selected, edge.incident, edge.path`, style: full },
  ];
}

/**
 * Cheaper drawing for large views (see StyleContext.large), on top of lineRules: thinner lines
 * that stay straight and wordless in full, smaller labels hidden sooner.
 */
function largeRules(): StyleRule[] {
  const rules: StyleRule[] = [
    { selector: 'node', style: { 'min-zoomed-font-size': 9, 'text-background-opacity': 0 } },
    { selector: 'edge', style: { width: 1, 'arrow-scale': 0.6 } },
    ...lineRules({ 'curve-style': 'straight', 'target-arrow-shape': 'triangle' }),
    // While a gesture moves the 2D canvas's snapshot (instance.ts), the canvas's own background
    // shows around it, not a grey frame.
    { selector: 'core', style: { 'outside-texture-bg-opacity': 0 } },
  ];
  for (const status of RELATION_STATUSES) {
    if (STATUS_STYLES[status].pattern === 'solid') continue;
    rules.push({
      selector: `edge[status = "${status}"]`,
      style: { 'line-color': '#c3c8d1', 'target-arrow-color': '#c3c8d1' },
    });
  }
  return rules;
}

/**
 * The stylesheet for a style state. Node colour and shape come from the entity type, the edge
 * pattern from the status; classes mark the selection, a found path and faded context.
 */
export function buildStylesheet(state: StyleState, context: StyleContext = {}): StyleRule[] {
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': NODE_LABEL.fontSize,
        'font-weight': NODE_LABEL.fontWeight,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': NODE_LABEL.margin,
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_LABEL.maxWidth}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Cytoscape compares the size at the zoom rounded up to a power of two: 7 hides the names
        // from zoom 0.5 down (6.5 px and less, too small to read), where landmarks name the main
        // entities instead (LandmarkLayer); 6 drew them down to zoom 0.25, at 3 to 6 px.
        'min-zoomed-font-size': 7,
        width: state.sizeByDegree ? SIZE_BY_DEGREE : NODE_SIZE.fixed,
        height: state.sizeByDegree ? SIZE_BY_DEGREE : NODE_SIZE.fixed,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-padding': 6,
      },
    },
  ];
  for (const type of ENTITY_TYPES) {
    const t = TYPE_STYLES[type];
    rules.push({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': t.color, shape: t.shape },
    });
  }
  // What a view of lines (lineRules) puts back on the relations it draws in full.
  const fullEdge: StyleRule['style'] = {
    'curve-style': 'bezier',
    'target-arrow-shape': 'triangle',
    label: state.edgeLabels === 'never' ? '' : 'data(label)',
  };
  rules.push({
    selector: 'edge',
    style: {
      ...fullEdge,
      width: 1.6,
      'line-color': EDGE,
      'target-arrow-color': EDGE,
      'arrow-scale': 0.85,
      'font-family': FONT,
      'font-size': EDGE_LABEL.fontSize,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Long relation words wrap, so a label on a short edge stays between its two ends.
      'text-wrap': 'wrap',
      'text-max-width': `${EDGE_LABEL.maxWidth}px`,
      'min-zoomed-font-size': state.edgeLabels === 'always' ? 0 : 12,
    },
  });
  for (const status of RELATION_STATUSES) {
    const pattern = STATUS_STYLES[status].pattern;
    if (pattern === 'solid') continue;
    rules.push({
      selector: `edge[status = "${status}"]`,
      style: { 'line-style': 'dashed', 'line-dash-pattern': DASHES[pattern] },
    });
  }
  if (context.guide === 'tradeoff' && state.edgeLabels !== 'never') rules.push(...tradeoffRules());
  if (context.large) rules.push(...largeRules());
  else if (context.lines) rules.push(...lineRules(fullEdge));
  rules.push(...groupRules());
  rules.push(...teachingRules());
  if (context.present) rules.push(...presenterRules());
  rules.push(
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.dim', style: { opacity: 0.35 } },
    { selector: 'edge.faded', style: { label: '' } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': INK,
        'underlay-color': '#fbbf24',
        'underlay-opacity': 0.6,
        'underlay-padding': 9,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3.5,
        'line-color': INK,
        'target-arrow-color': INK,
        color: INK,
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'text-background-opacity': 1,
      },
    },
    { selector: 'node.neighbour', style: { 'border-width': 2.5, 'border-color': INK } },
    {
      selector: 'edge.incident',
      style: {
        width: 2.4,
        'line-color': '#4b5563',
        'target-arrow-color': '#4b5563',
        'min-zoomed-font-size': 0,
        color: INK,
        'z-index': 5,
      },
    },
    {
      selector: 'node.path',
      style: {
        'border-width': 4,
        'border-color': '#111827',
        'underlay-color': '#E69F00',
        'underlay-opacity': 0.5,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.path',
      style: {
        width: 4.5,
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        color: '#111827',
        'font-weight': 700,
        'z-index': 10,
        'min-zoomed-font-size': 0,
        'text-background-opacity': 1,
      },
    },
  );
  return rules;
}
