import type { EntityData, RelationData, RelationType } from './types';

/**
 * What-if as the article reasons: flip one decision and follow the relations that carry
 * dependence to see what its logic puts at risk. A pure function of the loaded subgraph; the
 * UI only draws its answer.
 *
 * Which way each relation carries risk ("X at risk" → "Y at risk"):
 * - `A TRADED_FOR B`: A was given to get B, so A withdrawn puts B at risk (A → B).
 * - `A CONDITIONAL_ON B`: A holds only while B does (B → A).
 * - `A DEPENDS_ON B`: A needs B (B → A).
 * - `A PART_OF B`: a bargain stands or falls with its parts, and they with it (both ways).
 * Relations that record a past event (`occurred`) or a dropped plan (`cancelled`) carry no
 * dependence forward: breaking the truce does not undo the summit it was struck at.
 */
export const DEPENDENCE: Partial<Record<RelationType, 'forward' | 'backward' | 'both'>> = {
  TRADED_FOR: 'forward',
  CONDITIONAL_ON: 'backward',
  DEPENDS_ON: 'backward',
  PART_OF: 'both',
};

const INERT = new Set(['occurred', 'cancelled']);

/** One entity the flip puts at risk, and why: the relation and the entity it came through. */
export interface RiskStep {
  id: string;
  /** Hops from the flipped decision. */
  depth: number;
  /** The entity already at risk that this one depends on. */
  via: string;
  relationId: string;
  relationType: RelationType;
  /** The relation's summary: the article's reason, in our words. */
  reason: string;
  sourceIds: string[];
}

/** The answer: the flipped decision and every entity reached, nearest first. */
export interface WhatIfResult {
  flipped: string;
  steps: RiskStep[];
  /** The relations the reasoning walked, for highlighting. */
  relationIds: string[];
}

/** The entities a relation passes risk to from `id`, according to DEPENDENCE. */
function carriesFrom(r: RelationData, id: string): string | null {
  const way = DEPENDENCE[r.type];
  if (!way || INERT.has(r.status)) return null;
  if (r.from === id && (way === 'forward' || way === 'both')) return r.to;
  if (r.to === id && (way === 'backward' || way === 'both')) return r.from;
  return null;
}

/**
 * Breadth first from the flipped decision over the given relations: each entity is reached once,
 * by its shortest chain of reasons (ties broken by relation id, so the answer is stable).
 */
export function whatIf(
  graph: { nodes: readonly Pick<EntityData, 'id'>[]; edges: readonly RelationData[] },
  flipped: string,
): WhatIfResult {
  const present = new Set(graph.nodes.map((n) => n.id));
  const edges = [...graph.edges]
    .filter((e) => present.has(e.from) && present.has(e.to))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const reached = new Set([flipped]);
  const steps: RiskStep[] = [];
  let frontier = present.has(flipped) ? [flipped] : [];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of edges) {
        const target = carriesFrom(r, id);
        if (!target || reached.has(target)) continue;
        reached.add(target);
        next.push(target);
        steps.push({
          id: target,
          depth,
          via: id,
          relationId: r.id,
          relationType: r.type,
          reason: r.summary,
          sourceIds: r.sourceIds,
        });
      }
    }
    frontier = next;
  }
  return { flipped, steps, relationIds: steps.map((s) => s.relationId) };
}

/** Decisions worth flipping: policies someone conceded or that something was traded for. */
export function flippableDecisions(graph: {
  nodes: readonly EntityData[];
  edges: readonly RelationData[];
}): EntityData[] {
  const conceded = new Set(graph.edges.filter((e) => e.type === 'CONCEDED').map((e) => e.to));
  return graph.nodes
    .filter((n) => n.type === 'Policy' && conceded.has(n.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}
