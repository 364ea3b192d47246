import { useDataStore } from '../../stores/dataStore';
import { useTeachStore } from '../../stores/teachStore';

/** The before/after comparison in words: what was added, removed, and what changed status. */
export function DiffCard() {
  const diff = useTeachStore((s) => s.diff);
  const cache = useDataStore((s) => s.cache);
  if (!diff) return null;
  const d = diff.diff;
  const name = (id: string) => cache.entities[id]?.name ?? cache.relations[id]?.summary ?? id;
  const group = (title: string, ids: string[]) =>
    ids.length > 0 && (
      <div>
        <p className="section-head">
          {title} ({ids.length})
        </p>
        <ul>
          {ids.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="stage-card diff-card" data-testid="diff-card" aria-label="Before and after">
      <p className="what-if-head">
        <strong>{diff.label}</strong>
      </p>
      {group('Added', [...d.addedNodes, ...d.addedEdges])}
      {group('Removed', [...d.removedNodes, ...d.removedEdges])}
      {d.changed.length > 0 && (
        <div>
          <p className="section-head">Changed ({d.changed.length})</p>
          <ul>
            {d.changed.map((c) => (
              <li key={c.id}>
                {name(c.id)}: {c.before} → {c.after}
              </li>
            ))}
          </ul>
        </div>
      )}
      {d.addedNodes.length +
        d.addedEdges.length +
        d.removedNodes.length +
        d.removedEdges.length +
        d.changed.length ===
        0 && <p className="hint">No difference on this canvas.</p>}
      <button type="button" className="button" onClick={() => useTeachStore.getState().setDiff(null)}>
        Close
      </button>
    </div>
  );
}
