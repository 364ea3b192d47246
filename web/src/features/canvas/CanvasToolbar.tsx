import { canvas } from '../../graph/canvasApi';

/** Zoom, fit and centre buttons over the canvas (also on + − 0 and C keys). */
export function CanvasToolbar() {
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas view">
      <button type="button" onClick={() => canvas.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={() => canvas.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button
        type="button"
        onClick={() => canvas.fit()}
        aria-label="Fit the graph to the screen"
        title="Fit (0)"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
      </button>
      <button
        type="button"
        onClick={() => canvas.center()}
        aria-label="Centre on the selection"
        title="Centre (C)"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <circle cx="8" cy="8" r="1.6" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}
