import { relationWhen } from '../../models/format';
import { otherEnd } from '../../models/graph';
import type { EntityData, RelationData } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { useViewStore } from '../../stores/viewStore';
import { TypeSwatch } from '../legend/TypeSwatch';
import { useListed } from '../lists/listing';
import { ShowMore } from '../lists/ShowMore';

/** One kind of relation of an entity ("member of"), each a button that opens it. */
export function RelationGroup({
  entity,
  label,
  relations,
}: {
  entity: EntityData;
  label: string;
  relations: RelationData[];
}) {
  const entities = useDataStore((s) => s.cache.entities);
  const select = useViewStore((s) => s.select);
  const { listed, left, more, step } = useListed(relations);
  return (
    <section className="rel-group" aria-label={label}>
      <h4>{label}</h4>
      <ul>
        {listed.map((r) => {
          const other = entities[otherEnd(r, entity.id)];
          const outgoing = r.from === entity.id;
          const when = relationWhen(r);
          return (
            <li key={r.id}>
              <button
                type="button"
                className="rel-item"
                onClick={() => select({ kind: 'relation', id: r.id })}
                title={r.summary}
              >
                <span className="dir" aria-hidden="true">
                  {outgoing ? '→' : '←'}
                </span>
                {other && <TypeSwatch type={other.type} size={12} />}
                {/* The visible words are part of the name; the hidden ones finish the sentence. */}
                {outgoing && <span className="visually-hidden">{`${entity.name} ${r.label} `}</span>}
                <span className="rel-name">{other?.name ?? otherEnd(r, entity.id)}</span>
                {!outgoing && <span className="visually-hidden">{` ${r.label} ${entity.name},`}</span>}
                <span className={`status-chip status-${r.status}`}>{r.status}</span>
                {when && <span className="date">{when}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore left={left} step={step} noun="relation" onMore={more} />
    </section>
  );
}
