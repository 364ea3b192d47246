import { LAYOUT_NAMES, LAYOUTS } from '../../models/layouts';
import { MAX_VIEW } from '../../models/overview';
import type { EdgeLabelMode } from '../../models/stylesheet';
import { useDataStore } from '../../stores/dataStore';
import { useUiStore } from '../../stores/uiStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** Layout choice, re-run, and ways back to the whole graph. */
export function LayoutPanel() {
  const view = useViewStore(selectView);
  const { setLayout, relayout, showHidden, showAll } = useViewStore.getState();
  const total = useDataStore((s) => s.totals?.entities ?? s.allIds.length);
  const style = useUiStore((s) => s.style);
  const setStyle = useUiStore((s) => s.setStyle);

  return (
    <section className="panel-section" aria-labelledby="layout-head">
      <h2 id="layout-head">Layout</h2>
      <div className="layout-row">
        <label htmlFor="layout-select" className="visually-hidden">
          Layout
        </label>
        <select
          id="layout-select"
          value={view.layout}
          onChange={(event) => setLayout(event.target.value as (typeof LAYOUT_NAMES)[number])}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUTS[name].label}
            </option>
          ))}
        </select>
        <button type="button" onClick={relayout} title="Lay out the canvas again">
          Re-run
        </button>
      </div>
      <p className="hint">{LAYOUTS[view.layout].description}</p>
      <label className="field">
        <span>Relation words on edges</span>
        <select
          value={style.edgeLabels}
          onChange={(e) => setStyle({ edgeLabels: e.target.value as EdgeLabelMode })}
        >
          <option value="auto">when zoomed in or selected</option>
          <option value="always">always</option>
          <option value="never">never</option>
        </select>
      </label>
      <div className="stack-buttons">
        {view.hiddenIds.length > 0 && (
          <button type="button" onClick={showHidden}>
            Show {view.hiddenIds.length} hidden
          </button>
        )}
        {view.nodeIds.length < total && (
          <button type="button" onClick={showAll}>
            {total <= MAX_VIEW
              ? `Show the whole graph (${total.toLocaleString('en-US')})`
              : `Show the ${MAX_VIEW.toLocaleString('en-US')} most connected`}
          </button>
        )}
      </div>
    </section>
  );
}
