import { useMemo } from 'react';
import { legendCounts } from '../../models/filters';
import { PATTERN_GROUPS, STATUS_STYLES, TYPE_STYLES } from '../../models/palette';
import { ENTITY_TYPES, type EntityType, type RelationStatus } from '../../models/types';
import { toggle } from '../../models/view';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { LineSwatch, TypeSwatch } from './TypeSwatch';

/**
 * The legend doubles as the type and status filter: each entry is a toggle button that shows or
 * hides that type of entity, or relations with that status.
 */
export function Legend() {
  const view = useViewStore(selectView);
  const setFilters = useViewStore((s) => s.setFilters);
  const cache = useDataStore((s) => s.cache);
  const counts = useMemo(() => legendCounts(cache, view), [cache, view]);
  const { filters } = view;
  const toggleType = (type: EntityType) =>
    setFilters({ ...filters, hiddenEntityTypes: toggle(filters.hiddenEntityTypes, type) });
  const toggleStatus = (status: RelationStatus) =>
    setFilters({ ...filters, hiddenStatuses: toggle(filters.hiddenStatuses, status) });

  return (
    <>
      <section className="panel-section" aria-labelledby="legend-types">
        <div className="section-head">
          <h2 id="legend-types">Entity types</h2>
          {filters.hiddenEntityTypes.length > 0 && (
            <button
              type="button"
              className="link"
              onClick={() => setFilters({ ...filters, hiddenEntityTypes: [] })}
            >
              Show all
            </button>
          )}
        </div>
        <p className="hint">Shape and colour on the canvas; click to hide or show a type.</p>
        <ul className="legend-list">
          {ENTITY_TYPES.filter((t) => counts.byType.has(t) || filters.hiddenEntityTypes.includes(t)).map(
            (type) => {
              const shown = !filters.hiddenEntityTypes.includes(type);
              return (
                <li key={type}>
                  <button
                    type="button"
                    className={`legend-item ${shown ? '' : 'off'}`}
                    aria-pressed={shown}
                    title={
                      shown
                        ? `Hide ${TYPE_STYLES[type].label} entities`
                        : `Show ${TYPE_STYLES[type].label} entities`
                    }
                    onClick={() => toggleType(type)}
                  >
                    <TypeSwatch type={type} />
                    <span className="legend-label">{TYPE_STYLES[type].label}</span>
                    <span className="count">{counts.byType.get(type) ?? 0}</span>
                  </button>
                </li>
              );
            },
          )}
        </ul>
      </section>
      <section className="panel-section" aria-labelledby="legend-status">
        <div className="section-head">
          <h2 id="legend-status">Relation status</h2>
          {filters.hiddenStatuses.length > 0 && (
            <button
              type="button"
              className="link"
              onClick={() => setFilters({ ...filters, hiddenStatuses: [] })}
            >
              Show all
            </button>
          )}
        </div>
        {PATTERN_GROUPS.map((group) => (
          <div key={group.pattern} className="pattern-group">
            <div className="pattern-title">
              <LineSwatch pattern={group.pattern} />
              <span>{group.title}</span>
            </div>
            <div className="chips">
              {group.statuses.map((status) => {
                const shown = !filters.hiddenStatuses.includes(status);
                return (
                  <button
                    key={status}
                    type="button"
                    className={`chip ${shown ? '' : 'off'}`}
                    aria-pressed={shown}
                    title={`${STATUS_STYLES[status].label}: ${STATUS_STYLES[status].meaning}; ${counts.byStatus.get(status) ?? 0} drawn between the entities on the canvas`}
                    onClick={() => toggleStatus(status)}
                  >
                    {STATUS_STYLES[status].label}{' '}
                    <span className="count">{counts.byStatus.get(status) ?? 0}</span>
                  </button>
                );
              })}
            </div>
          </div>
        ))}
      </section>
    </>
  );
}
