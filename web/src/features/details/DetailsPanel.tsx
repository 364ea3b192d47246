import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { TradeoffCaption } from '../guided/TradeoffCaption';
import { EntityDetails } from './EntityDetails';
import { RelationDetails } from './RelationDetails';

/** The right-hand panel: the selected entity or relation, or how to get started. */
export function DetailsPanel() {
  const selection = useViewStore((s) => s.selection);
  const cache = useDataStore((s) => s.cache);
  const status = useDataStore((s) => s.status);
  const totals = useDataStore((s) => s.totals);
  const tradeoff = useViewStore((s) => selectView(s).layout === 'tradeoff');
  const entity = selection?.kind === 'entity' ? cache.entities[selection.id] : undefined;
  const relation = selection?.kind === 'relation' ? cache.relations[selection.id] : undefined;
  return (
    <aside className="details-panel" aria-label="Details" data-testid="details">
      {entity && <EntityDetails key={entity.id} entity={entity} />}
      {relation && <RelationDetails key={relation.id} relation={relation} />}
      {!entity && !relation && tradeoff && <TradeoffCaption />}
      {!entity && !relation && !tradeoff && (
        <div className="empty-details">
          <h2>Explore the story</h2>
          <p>
            How the US halted sanctions on China&apos;s Ministry of State Security to keep a rare-earth trade
            truce
            {status === 'ready'
              ? `: ${(totals?.entities ?? Object.keys(cache.entities).length).toLocaleString('en-US')} entities and ${(totals?.relations ?? Object.keys(cache.relations).length).toLocaleString('en-US')} sourced relations.`
              : '.'}
          </p>
          <ul>
            <li>Click an entity or a relation to see its facts and sources.</li>
            <li>Double-click an entity, or use Expand, to add its neighbours.</li>
            <li>Search above; the path finder links any two entities.</li>
            <li>
              Tab to the canvas, then the arrow keys move between entities, <kbd>Enter</kbd> shows details,{' '}
              <kbd>E</kbd> expands and <kbd>Esc</kbd> clears the selection.
            </li>
            <li>
              <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes a step, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> redoes
              it; the address bar always holds a link to this view.
            </li>
          </ul>
        </div>
      )}
    </aside>
  );
}
