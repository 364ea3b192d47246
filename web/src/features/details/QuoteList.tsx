import { otherEnd } from '../../models/graph';
import type { RelationData } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { useViewStore } from '../../stores/viewStore';
import { useListed } from '../lists/listing';
import { ShowMore } from '../lists/ShowMore';

/** The quotes on an entity's relations, each leading to its relation; the first ones, then more. */
export function QuoteList({ quotes }: { quotes: RelationData[] }) {
  const entities = useDataStore((s) => s.cache.entities);
  const select = useViewStore((s) => s.select);
  const { listed, left, more, step } = useListed(quotes);
  if (quotes.length === 0) return null;
  return (
    <>
      <h3>Quotes</h3>
      {listed.map((r) => (
        <blockquote key={r.id} className="quote">
          <p>“{r.quote?.text}”</p>
          <footer>
            — {r.quote?.speakerName},{' '}
            <button type="button" className="link" onClick={() => select({ kind: 'relation', id: r.id })}>
              on {entities[otherEnd(r, r.quote?.speakerId ?? '')]?.name ?? 'this'}
            </button>
          </footer>
        </blockquote>
      ))}
      <ShowMore left={left} step={step} noun="quote" onMore={more} />
    </>
  );
}
