import { useState } from 'react';
import type { EntityData } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { HUB_DEGREE, usePathStore } from '../../stores/pathStore';
import { useViewStore } from '../../stores/viewStore';
import { EntityCombobox } from '../search/EntityCombobox';

/** Pick two entities and see the shortest chain of relations between them. */
export function PathFinder() {
  const cache = useDataStore((s) => s.cache);
  const path = usePathStore();
  const select = useViewStore((s) => s.select);
  const [from, setFrom] = useState<EntityData | null>(null);
  const [to, setTo] = useState<EntityData | null>(null);
  const [avoidCountries, setAvoidCountries] = useState(false);
  const [avoidHubs, setAvoidHubs] = useState(false);

  // A path restored from a link fills the form, once its entities are loaded (adjusting state
  // while rendering rather than in an effect).
  const [filled, setFilled] = useState<{ request?: unknown; entities?: unknown }>({});
  if (path.request && (filled.request !== path.request || filled.entities !== cache.entities)) {
    setFilled({ request: path.request, entities: cache.entities });
    setFrom(cache.entities[path.request.from] ?? null);
    setTo(cache.entities[path.request.to] ?? null);
    setAvoidCountries(path.request.avoidCountries);
    setAvoidHubs(path.request.avoidHubs);
  }

  const find = () => {
    if (from && to) void path.find({ from: from.id, to: to.id, avoidCountries, avoidHubs });
  };
  const steps = path.edgeIds.map((id) => cache.relations[id]).filter((r) => r !== undefined);

  return (
    <section className="panel-section" aria-labelledby="path-head">
      <h2 id="path-head">Find a path</h2>
      <EntityCombobox
        label="Path from"
        placeholder="From…"
        value={from}
        onPick={setFrom}
        testId="path-from"
      />
      <EntityCombobox label="Path to" placeholder="To…" value={to} onPick={setTo} testId="path-to" />
      <label className="toggle-line">
        <input
          type="checkbox"
          checked={avoidCountries}
          onChange={(e) => setAvoidCountries(e.target.checked)}
        />
        Avoid countries
      </label>
      <label className="toggle-line">
        <input type="checkbox" checked={avoidHubs} onChange={(e) => setAvoidHubs(e.target.checked)} />
        Avoid hubs ({HUB_DEGREE}+ relations)
      </label>
      <div className="layout-row">
        <button
          type="button"
          className="primary"
          disabled={!from || !to || path.status === 'loading'}
          onClick={find}
        >
          {path.status === 'loading' ? 'Finding…' : 'Find path'}
        </button>
        {path.status !== 'idle' && (
          <button type="button" onClick={path.clear}>
            Clear
          </button>
        )}
      </div>
      <div aria-live="polite" data-testid="path-result">
        {(path.status === 'none' || path.status === 'error') && <p className="hint error">{path.message}</p>}
        {path.status === 'found' && (
          <>
            <p className="hint">
              {steps.length} {steps.length === 1 ? 'step' : 'steps'}, highlighted on the canvas:
            </p>
            <ol className="path-steps">
              {steps.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ kind: 'relation', id: r.id })}
                  >
                    {cache.entities[r.from]?.name} <em>{r.label}</em> {cache.entities[r.to]?.name}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
