import type { EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { GROUP_PAGE } from '../models/groups';
import { groupById } from '../stores/groupStore';
import { useCanvasStore } from '../stores/canvasStore';
import { useUiStore } from '../stores/uiStore';
import { useViewStore } from '../stores/viewStore';
import { useCy } from './instance';

/**
 * A click on a group node adds the group's next page of neighbours; the node summing up a hub's
 * smaller groups selects the hub, whose details list every group.
 */
function openGroupNode(id: string, hubId: string): void {
  const store = useViewStore.getState();
  const group = groupById(id);
  if (group) void store.openGroup(group, GROUP_PAGE);
  else {
    store.select({ kind: 'entity', id: hubId });
    useUiStore.getState().announce('Every group of this entity is listed in its details.');
  }
}

/**
 * Turns canvas gestures into store actions (tap selects, double-tap expands) and store
 * selection and centring requests back into the instance.
 */
export function EventsController(): null {
  const cy = useCy();
  const selection = useViewStore((s) => s.selection);
  const centerRequest = useViewStore((s) => s.centerRequest);
  // Elements a layout kept back arrive later (pendingFill.ts): render again, to select them.
  useCanvasStore((s) => s.version);

  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const store = useViewStore.getState();
      if (event.target === cy) store.select(null);
      else if (event.target.hasClass('group'))
        openGroupNode(event.target.id(), String(event.target.data('hub')));
      else if (event.target.isNode()) store.select({ kind: 'entity', id: event.target.id() });
      else store.select({ kind: 'relation', id: event.target.id() });
    };
    const onDoubleTap = (event: EventObject) => {
      if (event.target !== cy && event.target.isNode() && !event.target.hasClass('group'))
        void useViewStore.getState().expand(event.target.id());
    };
    cy.on('tap', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    return () => {
      cy.off('tap', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  });

  // A selection made in a panel or the table may lie off screen: bring it into view.
  useEffect(() => {
    if (!cy || !selection) return;
    const target = cy.getElementById(selection.id);
    if (target.empty()) return;
    const box = target.boundingBox();
    const view = cy.extent();
    if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
      cy.animate({ center: { eles: target } }, { duration: 300 });
    }
  }, [cy, selection]);

  useEffect(() => {
    if (!cy || !centerRequest) return;
    const target = cy.getElementById(centerRequest.id);
    if (target.empty()) return;
    const zoom = Math.max(cy.zoom(), 0.9);
    cy.animate({ center: { eles: target }, zoom }, { duration: 300 });
  }, [cy, centerRequest]);
  return null;
}
