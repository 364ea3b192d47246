import { useMemo } from 'react';
import { relationWords } from '../../models/palette';
import { RELATION_TYPES, type RelationType } from '../../models/types';
import { toggle } from '../../models/view';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** Checkboxes for relation types, with how many relations of each the graph holds. */
export function RelationTypeFilter() {
  const filters = useViewStore((s) => selectView(s).filters);
  const setFilters = useViewStore((s) => s.setFilters);
  const relations = useDataStore((s) => s.cache.relations);
  const counts = useMemo(() => {
    const out = new Map<RelationType, { n: number; label: string }>();
    for (const r of Object.values(relations))
      out.set(r.type, { n: (out.get(r.type)?.n ?? 0) + 1, label: r.label });
    return out;
  }, [relations]);
  const types = RELATION_TYPES.filter((t) => counts.has(t));
  const hidden = filters.hiddenRelationTypes.length;

  return (
    <details className="panel-section">
      <summary>
        <h2>Relation types</h2>
        <span className="summary-note">
          {hidden ? `${hidden} hidden` : types.length ? `all ${types.length} shown` : ''}
        </span>
      </summary>
      <div className="filter-actions">
        <button
          type="button"
          className="link"
          onClick={() => setFilters({ ...filters, hiddenRelationTypes: [] })}
        >
          Show all
        </button>
        <button
          type="button"
          className="link"
          onClick={() => setFilters({ ...filters, hiddenRelationTypes: [...types] })}
        >
          Hide all
        </button>
      </div>
      <ul className="check-list">
        {types.map((type) => (
          <li key={type}>
            <label>
              <input
                type="checkbox"
                checked={!filters.hiddenRelationTypes.includes(type)}
                onChange={() =>
                  setFilters({ ...filters, hiddenRelationTypes: toggle(filters.hiddenRelationTypes, type) })
                }
              />
              <span>{counts.get(type)?.label ?? relationWords(type)}</span>
              <span className="count">{counts.get(type)?.n ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
