import { citation } from '../../models/format';
import type { SourceData } from '../../models/types';
import { useListed } from '../lists/listing';
import { ShowMore } from '../lists/ShowMore';

/**
 * The sources of a fact with their citations, the first ones and more on demand; the outlet the
 * article cites is marked.
 */
export function SourceList({ sources, citedViaId }: { sources: SourceData[]; citedViaId?: string | null }) {
  const { listed, left, more, step } = useListed(sources);
  if (sources.length === 0) return <p className="hint">No source is recorded.</p>;
  return (
    <>
      <ul className="sources" aria-label="Sources">
        {listed.map((s) => (
          <li key={s.id} className="source">
            <span className="source-publisher">{s.publisher}</span>
            {s.id === citedViaId && <span className="badge">cited via</span>}
            <span className="source-title">
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </span>
            <span className="source-citation">{citation(s)}</span>
          </li>
        ))}
      </ul>
      <ShowMore left={left} step={step} noun="source" onMore={more} />
    </>
  );
}
