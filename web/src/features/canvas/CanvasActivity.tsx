import { useLayoutStore } from '../../stores/layoutStore';
import { useViewStore } from '../../stores/viewStore';
import './largeGraph.css';

/**
 * What the canvas is busy with, over it: a fetch under way, or a layout running in the worker
 * with its progress and a Cancel button. The canvas stays usable meanwhile.
 */
export function CanvasActivity() {
  const running = useLayoutStore((s) => s.running);
  const cancel = useLayoutStore((s) => s.cancel);
  const busy = useViewStore((s) => s.busy);
  if (running) {
    const percent = Math.round((100 * running.done) / Math.max(1, running.total));
    return (
      <div className="canvas-activity" role="status" data-testid="layout-progress">
        <span>{running.label}…</span>
        <progress max={100} value={percent} aria-label={`${running.label}: ${percent}%`} />
        <span className="percent" aria-hidden="true">
          {percent}%
        </span>
        {running.cancellable && (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
    );
  }
  if (!busy) return null;
  return (
    <div className="canvas-activity" role="status" data-testid="busy">
      <span className="spinner small" aria-hidden="true" />
      <span>{busy}</span>
    </div>
  );
}
