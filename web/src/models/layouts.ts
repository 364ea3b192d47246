/**
 * The layouts a user can pick, as data: a name, words for the menu and the parameters handed to
 * Cytoscape. The graph layer adds only what cannot be data (functions reading node degree).
 */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid', 'tradeoff'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** One entry of the layout registry. */
export interface LayoutSpec {
  name: LayoutName;
  label: string;
  description: string;
  /** Plain Cytoscape layout options. */
  options: Record<string, string | number | boolean>;
  /** Sort or ring nodes by their degree (applied by the graph layer). */
  byDegree?: boolean;
}

/**
 * Layouts by name. `fcose` keeps its name so links and lessons that ask for it still work; it is
 * now a seeded d3-force layout (models/forceLayout.ts) that runs in steps, in a worker for large
 * views, and then clears label overlaps, so the article graph shows no two labels on each other.
 */
export const LAYOUTS: Record<LayoutName, LayoutSpec> = {
  fcose: {
    name: 'fcose',
    label: 'Force-directed',
    description: 'Related entities pull together, clusters stand apart.',
    // Computed by the layout job, not by a Cytoscape extension.
    options: { name: 'preset', padding: 40 },
  },
  concentric: {
    name: 'concentric',
    label: 'Concentric',
    description: 'Rings by number of relations: hubs in the middle.',
    options: {
      name: 'concentric',
      minNodeSpacing: 12,
      spacingFactor: 0.8,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      padding: 40,
    },
    byDegree: true,
  },
  breadthfirst: {
    name: 'breadthfirst',
    label: 'Hierarchy',
    description: 'Levels outward from the selected entity (or the best-connected one).',
    options: {
      name: 'breadthfirst',
      directed: false,
      spacingFactor: 1.25,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      padding: 40,
    },
  },
  grid: {
    name: 'grid',
    label: 'Grid',
    description: 'A tidy grid, grouped by entity type.',
    options: {
      name: 'grid',
      avoidOverlap: true,
      avoidOverlapPadding: 24,
      nodeDimensionsIncludeLabels: true,
      condense: false,
      padding: 40,
    },
  },
  tradeoff: {
    name: 'tradeoff',
    label: 'Trade-off',
    description:
      'Who gave what: one side far left, the other far right, their concessions in two columns between, the deal below.',
    // Positions come from tradeoffLayout (models/tradeoff.ts); preset keeps them.
    options: { name: 'preset', padding: 40 },
  },
};

/** Whether a string names a known layout (for URLs). */
export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}
