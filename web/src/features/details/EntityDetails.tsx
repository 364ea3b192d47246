import { useMemo } from 'react';
import { countOf } from '../../models/format';
import { groupRelations, otherEnd, relationsOf } from '../../models/graph';
import { TYPE_STYLES } from '../../models/palette';
import type { EntityData } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { TypeSwatch } from '../legend/TypeSwatch';
import { AnonymousSourceNote, attributionsOf } from './AnonymousSource';
import { ExpandControls } from './ExpandControls';
import { QuoteList } from './QuoteList';
import { RelationGroup } from './RelationGroup';
import { SourceList } from './SourceList';

/** One entity: what it is, how to explore from it, its relations by type and its sources. */
export function EntityDetails({ entity }: { entity: EntityData }) {
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const relations = useMemo(() => relationsOf(cache, entity.id), [cache, entity.id]);
  const groups = useMemo(() => groupRelations(relations), [relations]);
  const sources = useMemo(() => {
    const ids = [...entity.sourceIds, ...relations.flatMap((r) => r.sourceIds)];
    return [...new Set(ids)].map((id) => cache.sources[id]).filter((s) => s !== undefined);
  }, [cache.sources, entity.sourceIds, relations]);
  const quotes = relations.filter((r) => r.quote);
  const hidden = new Set(view.hiddenIds);
  const visible = new Set(view.nodeIds.filter((id) => !hidden.has(id)));
  const t = TYPE_STYLES[entity.type];

  return (
    <article aria-labelledby="details-title" className="details">
      <p className="eyebrow">
        <TypeSwatch type={entity.type} size={14} /> {t.label}
      </p>
      <h2 id="details-title">{entity.name}</h2>
      {entity.aliases.length > 0 && <p className="aliases">Also: {entity.aliases.join(', ')}</p>}
      <p className="summary">{entity.description}</p>
      <AnonymousSourceNote
        attributions={attributionsOf(relations, cache)}
        scope="Some of its relations rest on"
      />
      <p className="hint">
        {countOf(entity.degree, 'relation')} in the graph ·{' '}
        {relations.filter((r) => visible.has(otherEnd(r, entity.id))).length} to entities on the canvas
      </p>
      <ExpandControls id={entity.id} name={entity.name} />
      <QuoteList quotes={quotes} />
      <h3>Relations ({relations.length.toLocaleString('en-US')})</h3>
      {groups.map((group) => (
        <RelationGroup key={group.label} entity={entity} {...group} />
      ))}
      <h3>Sources ({sources.length.toLocaleString('en-US')})</h3>
      <SourceList sources={sources} />
    </article>
  );
}
