import { useMemo } from 'react';
import { visibleGraph } from '../../models/filters';
import { relationWhen } from '../../models/format';
import { TYPE_STYLES } from '../../models/palette';
import { whenSortValue } from '../../models/table';
import { useDataStore } from '../../stores/dataStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { TypeSwatch } from '../legend/TypeSwatch';
import { SortableTable } from './SortableTable';

/** The same graph as the canvas, as two sortable tables, for reading and screen readers. */
export function TableView() {
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const select = useViewStore((s) => s.select);
  const graph = useMemo(() => visibleGraph(cache, view), [cache, view]);
  const name = (id: string) => cache.entities[id]?.name ?? id;

  const entities = graph.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    type: TYPE_STYLES[n.type].label,
    degree: n.degree,
    sources: n.sourceIds.length,
    entityType: n.type,
  }));
  const relations = graph.edges.map((r) => ({
    id: r.id,
    from: name(r.from),
    label: r.label,
    to: name(r.to),
    status: r.status,
    when: relationWhen(r),
    sources: r.sourceIds.map((id) => cache.sources[id]?.publisher ?? id).join(', '),
    fromId: r.from,
    toId: r.to,
    relation: r,
  }));
  const entityButton = (id: string, text: string) => (
    <button type="button" className="link" onClick={() => select({ kind: 'entity', id })}>
      {text}
    </button>
  );

  return (
    <div className="table-view" data-testid="table-view">
      <SortableTable
        caption={`Entities on the canvas (${entities.length.toLocaleString('en-US')})`}
        noun={['entity', 'entities']}
        rows={entities}
        initial={{ key: 'name', direction: 'ascending' }}
        testId="entities-table"
        columns={[
          {
            key: 'name',
            title: 'Name',
            render: (row) => (
              <span className="cell-with-swatch">
                <TypeSwatch type={row.entityType} size={12} />
                {entityButton(row.id, row.name)}
              </span>
            ),
          },
          { key: 'type', title: 'Type' },
          { key: 'degree', title: 'Relations' },
          { key: 'sources', title: 'Sources' },
        ]}
      />
      <SortableTable
        caption={`Relations between them (${relations.length.toLocaleString('en-US')})`}
        noun={['relation', 'relations']}
        rows={relations}
        initial={{ key: 'from', direction: 'ascending' }}
        testId="relations-table"
        columns={[
          { key: 'from', title: 'From', render: (row) => entityButton(row.fromId, row.from) },
          {
            key: 'label',
            title: 'Relation',
            render: (row) => (
              <button type="button" className="link" onClick={() => select({ kind: 'relation', id: row.id })}>
                {row.label}
              </button>
            ),
          },
          { key: 'to', title: 'To', render: (row) => entityButton(row.toId, row.to) },
          { key: 'status', title: 'Status' },
          { key: 'when', title: 'When', sortValue: (row) => whenSortValue(row.relation) },
          {
            key: 'sources',
            title: 'Sources',
            render: (row) => (
              <span className="cell-sources">
                {row.relation.sourceIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    {cache.sources[id]?.publisher ?? id}
                    {id === row.relation.citedViaId && <span className="badge">cited</span>}
                  </span>
                ))}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
