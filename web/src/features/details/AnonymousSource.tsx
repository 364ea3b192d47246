import type { GraphCache, RelationData } from '../../models/types';

/** One unnamed-source attribution: the article's words for the people and the outlet that heard them. */
interface Attribution {
  words: string;
  outlet: string | null;
}

/** The distinct unnamed-source attributions behind some relations, in first-seen order. */
export function attributionsOf(relations: readonly RelationData[], cache: GraphCache): Attribution[] {
  const seen = new Map<string, Attribution>();
  for (const r of relations) {
    if (!r.anonymousSource) continue;
    const outlet = r.citedViaId ? (cache.sources[r.citedViaId]?.publisher ?? r.citedViaId) : null;
    const key = `${r.anonymousSource}|${outlet ?? ''}`;
    if (!seen.has(key)) seen.set(key, { words: r.anonymousSource, outlet });
  }
  return [...seen.values()];
}

/**
 * Says plainly that a fact rests on people the reader cannot check: how the outlet describes them
 * ("sources familiar with the matter") and which outlet reported them. `scope` words the lead-in
 * for one relation ("This rests on") or for an entity's relations ("Some of these facts rest on").
 */
export function AnonymousSourceNote({ attributions, scope }: { attributions: Attribution[]; scope: string }) {
  if (attributions.length === 0) return null;
  return (
    <p className="anonymous-source" data-testid="anonymous-source">
      <span className="badge">unnamed sources</span> {scope}{' '}
      {attributions.map((a, i) => (
        <span key={`${a.words}|${a.outlet ?? ''}`}>
          {i > 0 && (i === attributions.length - 1 ? ' and ' : ', ')}“{a.words}”
          {a.outlet ? `, as reported by ${a.outlet}` : ''}
        </span>
      ))}
      .
    </p>
  );
}
