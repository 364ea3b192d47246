import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/status/ErrorBoundary';
import { useDataStore } from './stores/dataStore';
import './styles.css';
import './teaching.css';

// `?debug` (read before the address is rewritten) lets measuring scripts reach the canvas.
if (new URLSearchParams(window.location.search).has('debug')) document.documentElement.dataset.debug = 'true';

// Start fetching the graph and the canvas code at once, before the first render.
void useDataStore.getState().load();
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
