import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/status/ErrorBoundary';
import { MAX_VIEW, topParam } from './models/overview';
import { idsNamedBy } from './models/url';
import { useDataStore } from './stores/dataStore';
import './styles.css';
import './teaching.css';

// `?debug` (read before the address is rewritten) lets measuring scripts reach the canvas.
const params = new URLSearchParams(window.location.search);
if (params.has('debug')) {
  document.documentElement.dataset.debug = 'true';
  // Milliseconds a worker layout waits between its steps: tests and demos watch it progress.
  const pace = Number(params.get('layoutPace'));
  if (pace > 0) document.documentElement.dataset.layoutPace = String(Math.min(pace, 5000));
  // Milliseconds between two steps of drawing a large view (steps of at most 500 elements then).
  const drawPace = Number(params.get('drawPace'));
  if (drawPace > 0) document.documentElement.dataset.drawPace = String(Math.min(drawPace, 5000));
}
// `?renderer=webgl|canvas` forces a renderer (benchmarks compare them).
const renderer = params.get('renderer');
if (renderer === 'webgl' || renderer === 'canvas') document.documentElement.dataset.renderer = renderer;

// Start fetching the graph (with what the link names) and the canvas code at once.
void useDataStore
  .getState()
  .load(false, idsNamedBy(window.location.search, MAX_VIEW), topParam(window.location.search));
void import('./graph/GraphCanvas');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
