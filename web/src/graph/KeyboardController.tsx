import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { arrowDirection, nearestInDirection, nearestTo, type PlacedNode } from '../models/direction';
import type { Point } from '../models/types';
import { useDataStore } from '../stores/dataStore';
import { useUiStore } from '../stores/uiStore';
import { useViewStore } from '../stores/viewStore';
import { useCy } from './instance';

/** Where the selection is drawn: an entity's position, or the middle of a relation. */
function selectionPoint(cy: Core): (Point & { id?: string }) | null {
  const selection = useViewStore.getState().selection;
  if (!selection) return null;
  const el = cy.getElementById(selection.id);
  if (el.empty()) return null;
  if (selection.kind === 'relation') {
    const a = el.source().position();
    const b = el.target().position();
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }
  return { id: selection.id, ...el.position() };
}

/** The middle of what the canvas shows, in model coordinates. */
function screenMiddle(cy: Core): Point {
  const e = cy.extent();
  return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
}

/**
 * Keys of the focused canvas: arrows move the selection to the nearest entity in that direction
 * (the first press picks the one nearest the middle of the screen); Enter selects that entity
 * or keeps the selected one's details open. E, Delete and Escape work anywhere (useShortcuts).
 */
export function KeyboardController(): null {
  const cy = useCy();
  useEffect(() => {
    if (!cy) return;
    const container = cy.container();
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== container || event.ctrlKey || event.metaKey || event.altKey) return;
      const direction = arrowDirection(event.key);
      if (!direction && event.key !== 'Enter') return;
      event.preventDefault();
      const nodes: PlacedNode[] = cy.nodes(':not(.group)').map((n) => ({ id: n.id(), ...n.position() }));
      const store = useViewStore.getState();
      const from = selectionPoint(cy);
      const current = store.selection?.kind === 'entity' ? store.selection.id : null;
      const target =
        direction && from
          ? nearestInDirection(from, nodes, direction)
          : (current ?? nearestTo(from ?? screenMiddle(cy), nodes));
      const entity = target ? useDataStore.getState().cache.entities[target] : undefined;
      if (!target || !entity) {
        useUiStore.getState().announce(`No entity further ${direction ?? ''}.`.replace(' .', '.'));
        return;
      }
      store.select({ kind: 'entity', id: target });
      const position = `${nodes.findIndex((n) => n.id === target) + 1} of ${nodes.length}`;
      useUiStore.getState().announce(`${entity.name} (${entity.type}), ${position}`);
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy]);
  return null;
}
