import { openTradeoff } from '../../stores/guidedViews';
import { selectView, useViewStore } from '../../stores/viewStore';

/** Ready-made views for teaching: one click puts a whole story on the canvas. */
export function GuidedViews() {
  const open = useViewStore((s) => selectView(s).layout === 'tradeoff');
  const busy = useViewStore((s) => s.busy);
  return (
    <section className="panel-section guided" aria-labelledby="guided-head">
      <h2 id="guided-head">Guided views</h2>
      <button
        type="button"
        className="primary guided-button"
        onClick={() => void openTradeoff()}
        disabled={busy !== null}
        aria-describedby="tradeoff-hint"
        aria-pressed={open}
      >
        The trade-off
      </button>
      <p className="hint" id="tradeoff-hint">
        What each side gave up to keep the trade truce, and what bought what.
      </p>
    </section>
  );
}
