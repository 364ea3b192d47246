import { useMemo } from 'react';
import { visibleGraph } from '../../models/filters';
import { diffPictures } from '../../models/diff';
import { flippableDecisions, whatIf } from '../../models/whatIf';
import { useDataStore } from '../../stores/dataStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/**
 * What-if and before/after: flip a decision on the canvas and see what the article's logic puts
 * at risk; compare two moments of the timeline, or the story with and without the what-if.
 */
export function WhatIfPanel() {
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const { whatIf: flipped, setWhatIf, time, setDiff, diff } = useTeachStore();
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const decisions = useMemo(() => flippableDecisions(visibleGraph(cache, view)), [cache, view]);

  const compareWhatIf = () => {
    if (!flipped) return;
    const result = whatIf(graph, flipped);
    const marks = Object.fromEntries([[flipped, 'reversed'], ...result.steps.map((s) => [s.id, 'at risk'])]);
    setDiff({ label: 'Without → with the what-if', diff: diffPictures(graph, { ...graph, marks }) });
  };
  const compareMoments = (before: string, after: string) => {
    const a = visibleGraph(cache, view, { from: null, to: before });
    const b = visibleGraph(cache, view, { from: null, to: after });
    setDiff({ label: `As of ${before} → as of ${after}`, diff: diffPictures(a, b) });
  };

  return (
    <section className="panel-section" aria-labelledby="whatif-title">
      <h2 id="whatif-title" className="section-head">
        What if…
      </h2>
      <label className="field">
        Reverse a decision
        <select
          value={flipped ?? ''}
          onChange={(e) => setWhatIf(e.target.value || null)}
          data-testid="what-if-select"
        >
          <option value="">(none)</option>
          {decisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {decisions.length === 0 && (
        <p className="hint">Put a conceded policy on the canvas (the trade-off view has them).</p>
      )}
      <h3 className="section-head">Before and after</h3>
      <div className="stack-buttons">
        <button type="button" className="button" disabled={!flipped} onClick={compareWhatIf}>
          With vs without what-if
        </button>
        <button type="button" className="button" onClick={() => compareMoments('2025-09', '2025-10-30')}>
          Before vs after the summit
        </button>
        {diff && (
          <button type="button" className="button" onClick={() => setDiff(null)}>
            Clear comparison
          </button>
        )}
      </div>
    </section>
  );
}
