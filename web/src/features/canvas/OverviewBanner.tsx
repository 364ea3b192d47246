import { useMemo, useState } from 'react';
import { visibleGraph } from '../../models/filters';
import {
  coverage,
  coverageSentence,
  hiddenEdgesSentence,
  missingByType,
  widerViews,
} from '../../models/overview';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import './largeGraph.css';

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Says plainly when the canvas shows part of a large graph: how much of it, what is left out per
 * type, and how to see more (a larger top-N, or the whole graph when it fits). A small graph
 * shown whole needs no banner. It folds into a one-line pill.
 */
export function OverviewBanner() {
  const totals = useDataStore((s) => s.totals);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const busy = useViewStore((s) => s.busy);
  const showTop = useViewStore((s) => s.showTop);
  const [folded, setFolded] = useState(false);
  const graph = useMemo(() => visibleGraph(cache, view), [cache, view]);
  if (!totals || totals.entities <= 0) return null;
  const c = coverage(totals, graph.nodes, graph.edges.length);
  const loaded = view.nodeIds.length;
  if (!c.partial && !(totals.hiddenEdges ?? 0)) return null;
  if (folded) {
    return (
      <button
        type="button"
        className="overview-pill"
        onClick={() => setFolded(false)}
        data-testid="overview-pill"
      >
        Partial view: {n(c.shown)} of {n(c.total)} entities
      </button>
    );
  }
  const wider = widerViews(c.total, loaded);
  return (
    <section
      className="overview-banner"
      aria-label="What the canvas shows"
      data-testid="overview-banner"
      data-canvas-inset="top"
    >
      <div className="overview-text">
        <p>
          <strong>Partial view:</strong> {coverageSentence(c)} {hiddenEdgesSentence(totals)}
        </p>
        <p className="hint">
          {c.missing.length > 0 && <>Not shown: {missingByType(c)}. </>}
          Expand an entity to see its neighbours.
        </p>
      </div>
      <div className="button-row">
        {wider.map((size) => (
          <button key={size} type="button" disabled={busy !== null} onClick={() => void showTop(size)}>
            {size >= c.total ? `Show all ${n(size)}` : `Top ${n(size)}`}
          </button>
        ))}
        <button
          type="button"
          onClick={() => setFolded(true)}
          aria-label="Fold this note"
          title="Fold this note"
        >
          ▴
        </button>
      </div>
    </section>
  );
}
