import { useMemo } from 'react';
import { visibleGraph } from '../../models/filters';
import { whatIf } from '../../models/whatIf';
import { useDataStore } from '../../stores/dataStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** The caveat every what-if carries. */
export const WHAT_IF_CAVEAT =
  'This follows the article\'s own reasoning (its "traded for", "conditional on", "part of" and "depends on" links); it is not a forecast.';

/** Whether the canvas is wide enough for the card to show its whole list beside the graph. */
const roomForList = () => typeof window === 'undefined' || window.innerWidth >= 1400;

/**
 * The what-if overlay's words: the flipped decision, then each entity put at risk with the
 * relation that carries the risk and its source, nearest first.
 */
export function WhatIfReasons({ compact = false }: { compact?: boolean }) {
  const flipped = useTeachStore((s) => s.whatIf);
  const time = useTeachStore((s) => s.time);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const result = useMemo(
    () => (flipped ? whatIf(visibleGraph(cache, view, time), flipped) : null),
    [cache, view, time, flipped],
  );
  if (!result || !flipped) return null;
  const name = (id: string) => cache.entities[id]?.name ?? id;
  const publisher = (ids: string[]) =>
    ids
      .map((id) => cache.sources[id]?.publisher ?? id)
      .filter((p, i, all) => all.indexOf(p) === i)
      .join(', ');
  return (
    <div
      className={`what-if ${compact ? 'compact' : ''}`}
      data-testid="what-if"
      aria-label="What-if reasoning"
    >
      <p className="what-if-head">
        What if <strong>{name(flipped)}</strong> were reversed?
      </p>
      {/* Where the card would cover much of the canvas, the list starts folded. */}
      <details className="what-if-list" open={compact || roomForList()}>
        <summary>
          {result.steps.length} {result.steps.length === 1 ? 'thing' : 'things'} put at risk
        </summary>
        <ol className="what-if-steps">
          {result.steps.map((s) => {
            const r = cache.relations[s.relationId];
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => useViewStore.getState().select({ kind: 'relation', id: s.relationId })}
                >
                  {name(s.id)}
                </button>
                <span className="reason">
                  {' '}
                  via “{r?.label ?? s.relationType}” from {name(s.via)}: {s.reason}{' '}
                  <em>Source: {publisher(s.sourceIds)}</em>
                </span>
              </li>
            );
          })}
        </ol>
      </details>
      <p className="caveat">{WHAT_IF_CAVEAT}</p>
    </div>
  );
}
