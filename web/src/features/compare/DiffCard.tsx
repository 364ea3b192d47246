import { useDataStore } from '../../stores/dataStore';
import { useTeachStore } from '../../stores/teachStore';
import { useListed } from '../lists/listing';
import { ShowMore } from '../lists/ShowMore';

/** One part of the comparison, its first lines and more on demand (a large graph changes by thousands). */
function DiffList({ title, lines }: { title: string; lines: Array<{ id: string; text: string }> }) {
  const { listed, left, more, step } = useListed(lines);
  if (lines.length === 0) return null;
  return (
    <div>
      <p className="section-head">
        {title} ({lines.length.toLocaleString('en-US')})
      </p>
      <ul>
        {listed.map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ul>
      <ShowMore left={left} step={step} noun="difference" onMore={more} />
    </div>
  );
}

/** The before/after comparison in words: what was added, removed, and what changed status. */
export function DiffCard() {
  const diff = useTeachStore((s) => s.diff);
  const cache = useDataStore((s) => s.cache);
  if (!diff) return null;
  const d = diff.diff;
  const name = (id: string) => cache.entities[id]?.name ?? cache.relations[id]?.summary ?? id;
  return (
    <div className="stage-card diff-card" data-testid="diff-card" aria-label="Before and after">
      <p className="what-if-head">
        <strong>{diff.label}</strong>
      </p>
      <DiffList
        key={`${diff.label} Added`}
        title="Added"
        lines={[...d.addedNodes, ...d.addedEdges].map((id) => ({ id, text: name(id) }))}
      />
      <DiffList
        key={`${diff.label} Removed`}
        title="Removed"
        lines={[...d.removedNodes, ...d.removedEdges].map((id) => ({ id, text: name(id) }))}
      />
      <DiffList
        key={`${diff.label} Changed`}
        title="Changed"
        lines={d.changed.map((c) => ({ id: c.id, text: `${name(c.id)}: ${c.before} → ${c.after}` }))}
      />
      {d.addedNodes.length +
        d.addedEdges.length +
        d.removedNodes.length +
        d.removedEdges.length +
        d.changed.length ===
        0 && <p className="hint">No difference on this canvas.</p>}
      <button type="button" className="button" onClick={() => useTeachStore.getState().setDiff(null)}>
        Close
      </button>
    </div>
  );
}
