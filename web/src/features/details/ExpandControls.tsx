import { useState } from 'react';
import { relationsOf } from '../../models/graph';
import { GROUP_THRESHOLD } from '../../models/groups';
import type { RelationType } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { NeighborGroups } from './NeighborGroups';

const CAPS = [5, 10, 20, 50];

/**
 * Expansion under control: which relation types to follow and how many neighbours to add at
 * once; "show more" continues where the last expansion stopped.
 */
export function ExpandControls({ id, name }: { id: string; name: string }) {
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const expansion = useViewStore((s) => s.expansions[id]);
  const busy = useViewStore((s) => s.busy);
  const { expand, collapse, hide, isolate } = useViewStore.getState();
  const [type, setType] = useState<RelationType | ''>('');
  const [cap, setCap] = useState(10);
  const types = [...new Map(relationsOf(cache, id).map((r) => [r.type, r.label])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const relationTypes = type ? [type] : [];
  const onCanvas = view.nodeIds.includes(id) && !view.hiddenIds.includes(id);
  // A hub's neighbours come as groups (NeighborGroups) instead of a few at a time.
  const hub = (cache.entities[id]?.degree ?? 0) > GROUP_THRESHOLD;
  const grouped = (view.grouped ?? []).includes(id);

  return (
    <div className="expand" role="group" aria-label={`Explore from ${name}`}>
      {!hub && (
        <div className="expand-options">
          <label>
            <span>Follow</span>
            <select value={type} onChange={(e) => setType(e.target.value as RelationType | '')}>
              <option value="">all relation types</option>
              {types.map(([t, label]) => (
                <option key={t} value={t}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>At most</span>
            <select value={cap} onChange={(e) => setCap(Number(e.target.value))}>
              {CAPS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => void expand(id, relationTypes, cap)}
          title={
            hub
              ? 'Show its neighbours as groups (or double-click the entity)'
              : 'Add neighbours (or double-click the entity)'
          }
        >
          {hub ? (grouped ? 'Groups shown' : 'Expand as groups') : 'Expand'}
        </button>
        {!hub && expansion && expansion.remaining > 0 && (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void expand(id, expansion.relationTypes, cap)}
          >
            Show {Math.min(cap, expansion.remaining)} more
          </button>
        )}
        <button
          type="button"
          onClick={() => collapse(id)}
          title="Remove neighbours that hang only on this entity"
        >
          Collapse
        </button>
        {onCanvas && (
          <button type="button" onClick={() => hide([id])} title="Hide this entity (Delete)">
            Hide
          </button>
        )}
        <button
          type="button"
          onClick={() => isolate(id)}
          title="Clear the canvas and explore outward from here"
        >
          Start here
        </button>
      </div>
      {hub && <NeighborGroups id={id} name={name} />}
    </div>
  );
}
