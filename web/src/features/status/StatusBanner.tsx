import { describeError } from '../../api/client';
import { useDataStore } from '../../stores/dataStore';

/** Loading and failure of the start graph, with a retry that never leaves a blank page. */
export function StatusBanner({ onRetry }: { onRetry(): void }) {
  const status = useDataStore((s) => s.status);
  const error = useDataStore((s) => s.error);
  if (status === 'loading') {
    return (
      <div className="overlay" role="status" data-testid="loading">
        <div className="spinner" aria-hidden="true" />
        <p>Loading the graph…</p>
      </div>
    );
  }
  if (status === 'error') {
    const { title, detail } = describeError(error);
    return (
      <div className="overlay" role="alert" data-testid="load-error">
        <div className="error-card">
          <h2>{title}</h2>
          <p>{detail}</p>
          <button type="button" className="primary" onClick={onRetry}>
            Retry
          </button>
          <p className="hint">
            The API&apos;s own status is at <a href="/health">/health</a>.
          </p>
        </div>
      </div>
    );
  }
  return null;
}
