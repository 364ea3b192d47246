import { useMemo } from 'react';
import { visibleGraph } from '../../models/filters';
import { noFilters } from '../../models/view';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** What the canvas says when filters or hiding leave nothing to draw. */
export function EmptyCanvas() {
  const cache = useDataStore((s) => s.cache);
  const status = useDataStore((s) => s.status);
  const view = useViewStore(selectView);
  const { setFilters, showAll } = useViewStore.getState();
  const count = useMemo(() => visibleGraph(cache, view).nodes.length, [cache, view]);
  if (status !== 'ready' || count > 0) return null;
  return (
    <div className="empty-canvas" role="status">
      <h2>Nothing to show</h2>
      <p>
        {view.nodeIds.length === 0
          ? 'The canvas is empty.'
          : `All ${view.nodeIds.length} entities on the canvas are filtered out or hidden.`}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => setFilters(noFilters())}>
          Clear filters
        </button>
        <button type="button" className="primary" onClick={showAll}>
          Show the whole graph
        </button>
      </div>
    </div>
  );
}
