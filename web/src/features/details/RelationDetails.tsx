import { relationWhen } from '../../models/format';
import { STATUS_STYLES } from '../../models/palette';
import type { RelationData } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { useViewStore } from '../../stores/viewStore';
import { LineSwatch } from '../legend/TypeSwatch';
import { AnonymousSourceNote, attributionsOf } from './AnonymousSource';
import { SourceList } from './SourceList';

/** One relation: who did what to whom, status, dates, summary, quote and sources. */
export function RelationDetails({ relation }: { relation: RelationData }) {
  const cache = useDataStore((s) => s.cache);
  const select = useViewStore((s) => s.select);
  const from = cache.entities[relation.from];
  const to = cache.entities[relation.to];
  const when = relationWhen(relation);
  const sources = relation.sourceIds.map((id) => cache.sources[id]).filter((s) => s !== undefined);
  const entityLink = (id: string, name: string | undefined) => (
    <button type="button" className="link strong" onClick={() => select({ kind: 'entity', id })}>
      {name ?? id}
    </button>
  );
  return (
    <article aria-labelledby="details-title" className="details">
      <p className="eyebrow">Relation</p>
      <h2 id="details-title" className="relation-title">
        {entityLink(relation.from, from?.name)} <span className="verb">{relation.label}</span>{' '}
        {entityLink(relation.to, to?.name)}
      </h2>
      <div className="meta-row">
        <span className={`status status-${relation.status}`}>
          <LineSwatch pattern={STATUS_STYLES[relation.status].pattern} width={26} />
          {relation.status}
        </span>
        {when && <span className="date">{when}</span>}
      </div>
      <p className="summary">{relation.summary}</p>
      <AnonymousSourceNote attributions={attributionsOf([relation], cache)} scope="This rests on" />
      {relation.quote && (
        <blockquote className="quote">
          <p>“{relation.quote.text}”</p>
          <footer>— {entityLink(relation.quote.speakerId, relation.quote.speakerName)}</footer>
        </blockquote>
      )}
      <h3>Sources</h3>
      <SourceList sources={sources} citedViaId={relation.citedViaId} />
    </article>
  );
}
