import { relationWhen } from '../../models/format';
import { GROUP_PAGE, groupSentence } from '../../models/groups';
import { groupById } from '../../stores/groupStore';
import { TYPE_STYLES } from '../../models/palette';
import { useDataStore } from '../../stores/dataStore';
import { useHoverStore } from '../../stores/hoverStore';
import { TypeSwatch } from '../legend/TypeSwatch';

/** A short card next to the pointer: what an entity is, or what a relation says. */
export function HoverCard() {
  const hover = useHoverStore((s) => s.hover);
  const cache = useDataStore((s) => s.cache);
  if (!hover) return null;
  const style = {
    left: hover.x + 330 > hover.width ? Math.max(8, hover.x - 316) : hover.x + 16,
    top: hover.y + 180 > hover.height ? Math.max(8, hover.y - 170) : hover.y + 16,
  };
  if (hover.kind === 'group') {
    const group = groupById(hover.id);
    const hub = cache.entities[group?.hubId ?? ''];
    return (
      <div className="hover-card" style={style} aria-hidden="true">
        <div className="hover-title">
          {group && hub ? groupSentence(group, hub.name) : 'More neighbours in smaller groups'}
        </div>
        <div className="hover-meta">
          {group ? `Click to add the next ${GROUP_PAGE}, most connected first` : 'Click to list every group'}
        </div>
      </div>
    );
  }
  if (hover.kind === 'entity') {
    const e = cache.entities[hover.id];
    if (!e) return null;
    return (
      <div className="hover-card" style={style} aria-hidden="true">
        <div className="hover-title">
          <TypeSwatch type={e.type} size={12} /> {e.name}
        </div>
        <div className="hover-meta">
          {TYPE_STYLES[e.type].label} · {e.degree} relations
        </div>
        <p>{e.description}</p>
        <div className="hover-meta">Click for details · double-click to expand</div>
      </div>
    );
  }
  const r = cache.relations[hover.id];
  if (!r) return null;
  const when = relationWhen(r);
  return (
    <div className="hover-card" style={style} aria-hidden="true">
      <div className="hover-title">
        {cache.entities[r.from]?.name} <span className="verb">{r.label}</span> {cache.entities[r.to]?.name}
      </div>
      <div className="hover-meta">
        {r.status}
        {when ? ` · ${when}` : ''}
      </div>
      <p>{r.summary}</p>
    </div>
  );
}
