import type { StyleRule } from './stylesheet';

/** Colours of the teaching overlays (Okabe-Ito: vermilion for risk, bluish green for added). */
export const RISK_COLOR = '#D55E00';
export const ADDED_COLOR = '#009E73';
export const HIGHLIGHT_COLOR = '#E69F00';

/**
 * Rules for the teaching overlays: a lesson step's highlights (everything else recedes), the
 * what-if (the flipped decision, what it puts at risk and the relations that carry the risk),
 * a before/after diff, and undated relations while a time range is set.
 */
export function teachingRules(): StyleRule[] {
  return [
    { selector: '.teach-context', style: { opacity: 0.3 } },
    { selector: 'edge.teach-context', style: { label: '' } },
    {
      selector: 'node.teach-hl',
      style: {
        'border-width': 4,
        'border-color': '#111827',
        'underlay-color': HIGHLIGHT_COLOR,
        'underlay-opacity': 0.55,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.teach-hl',
      style: {
        width: 4,
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        color: '#111827',
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'text-background-opacity': 1,
        'z-index': 9,
      },
    },
    {
      selector: 'node.flipped',
      style: { 'border-width': 5, 'border-color': RISK_COLOR, 'border-style': 'double', 'font-weight': 700 },
    },
    {
      selector: 'node.at-risk',
      style: {
        'underlay-color': RISK_COLOR,
        'underlay-opacity': 0.35,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'border-width': 3,
        'border-color': RISK_COLOR,
      },
    },
    {
      selector: 'edge.risk-edge',
      style: {
        width: 3.5,
        'line-color': RISK_COLOR,
        'target-arrow-color': RISK_COLOR,
        color: RISK_COLOR,
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'z-index': 8,
      },
    },
    {
      selector: '.diff-added',
      style: { 'underlay-color': ADDED_COLOR, 'underlay-opacity': 0.4, 'underlay-padding': 7 },
    },
    {
      selector: 'edge.diff-added',
      style: { 'line-color': ADDED_COLOR, 'target-arrow-color': ADDED_COLOR, width: 3.5 },
    },
    {
      selector: '.diff-changed',
      style: { 'underlay-color': RISK_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 7 },
    },
    { selector: 'edge.undated', style: { 'line-opacity': 0.55 } },
  ];
}

/**
 * Label sizes in presenter mode, in drawing units: with the zoom kept at PRESENTER_MIN_ZOOM or
 * more, node labels show at 14 px or larger on screen, readable from the back of a classroom.
 */
export const PRESENTER_LABEL = { node: 17, edge: 15, nodeMaxWidth: 150, edgeMaxWidth: 110 } as const;

/**
 * The least zoom presenter mode frames a step at: labels then show at 17 and 15 px or more, which
 * leaves room for what edges add to the drawing and keeps every label above 14 px.
 */
export const PRESENTER_MIN_ZOOM = 1;

/** Rules presenter mode adds: larger labels (the layout then leaves room for them). */
export function presenterRules(): StyleRule[] {
  return [
    {
      selector: 'node',
      style: {
        'font-size': PRESENTER_LABEL.node,
        'text-max-width': `${PRESENTER_LABEL.nodeMaxWidth}px`,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge',
      style: { 'font-size': PRESENTER_LABEL.edge, 'text-max-width': `${PRESENTER_LABEL.edgeMaxWidth}px` },
    },
  ];
}
