import { useMemo, useState } from 'react';
import { GROUP_PAGE, groupKey, groupSentence, remainingOf } from '../../models/groups';
import { useDataStore } from '../../stores/dataStore';
import { useGroupStore } from '../../stores/groupStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import '../canvas/largeGraph.css';

/** Groups listed before "show all". */
const FIRST_GROUPS = 12;

/**
 * A hub's neighbours as groups (relation type, direction, entity type) with how many of each
 * are not on the canvas yet; each group adds its next page of neighbours, most connected first.
 * The canvas shows the largest groups as nodes; this list has every group, for keyboard and
 * screen-reader use too.
 */
export function NeighborGroups({ id, name }: { id: string; name: string }) {
  const groups = useGroupStore((s) => s.byHub[id]);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const busy = useViewStore((s) => s.busy);
  const openGroup = useViewStore((s) => s.openGroup);
  const [all, setAll] = useState(false);
  const rows = useMemo(() => {
    const visible = new Set(view.nodeIds.filter((x) => !view.hiddenIds.includes(x)));
    return (groups ?? []).map((group) => ({ group, remaining: remainingOf(group, cache, visible) }));
  }, [groups, cache, view]);
  if (!groups) return null;
  const shown = all ? rows : rows.slice(0, FIRST_GROUPS);
  return (
    <section className="neighbor-groups" aria-label={`Neighbours of ${name} by relation and type`}>
      <h3>
        Neighbours by relation and type ({groups.length} {groups.length === 1 ? 'group' : 'groups'})
      </h3>
      <ul data-testid="neighbor-groups">
        {shown.map(({ group, remaining }) => {
          const words = groupSentence(group, name);
          return (
            <li key={groupKey(group)}>
              <span className="group-words">{words}</span>
              <span className="group-count">
                {remaining ? `${remaining.toLocaleString('en-US')} not shown` : 'all shown'}
              </span>
              {remaining > 0 && (
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => void openGroup(group, GROUP_PAGE)}
                  aria-label={`Add ${Math.min(GROUP_PAGE, remaining)} of ${words}`}
                >
                  Add {Math.min(GROUP_PAGE, remaining)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {rows.length > FIRST_GROUPS && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? `Show the ${FIRST_GROUPS} largest groups` : `Show all ${rows.length} groups`}
        </button>
      )}
    </section>
  );
}
