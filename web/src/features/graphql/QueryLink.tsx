import { useMemo } from 'react';
import { visibleGraph } from '../../models/filters';
import { apiAsOf } from '../../models/timeline';
import { graphiqlHref, neighborhoodQuery, pathQuery, subgraphQuery } from '../../models/viewQuery';
import { useDataStore } from '../../stores/dataStore';
import { usePathStore } from '../../stores/pathStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/**
 * "Open in GraphiQL" for what is on screen: the path finder's query when a path is shown, the
 * selected entity's neighbourhood, and always the canvas itself as one `subgraph` query (with
 * the timeline's asOf). GraphiQL opens with query and variables filled in (contract 4).
 */
export function QueryLink() {
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const selection = useViewStore((s) => s.selection);
  const time = useTeachStore((s) => s.time);
  const path = usePathStore();
  const ids = useMemo(() => visibleGraph(cache, view, time).nodes.map((n) => n.id), [cache, view, time]);
  const asOf = apiAsOf(time);
  const links: Array<{ label: string; href: string }> = [];
  if (path.status === 'found' && path.request) {
    links.push({ label: 'Path', href: graphiqlHref(pathQuery(path.request.from, path.request.to, [], [])) });
  }
  if (selection?.kind === 'entity') {
    const name = cache.entities[selection.id]?.name ?? selection.id;
    links.push({ label: `Neighbours of ${name}`, href: graphiqlHref(neighborhoodQuery(selection.id, asOf)) });
  }
  links.push({ label: 'This view', href: graphiqlHref(subgraphQuery(ids, asOf)) });
  return (
    <nav className="query-link" aria-label="The GraphQL behind this view">
      <span className="query-link-title">Open in GraphiQL:</span>
      {links.map((l) => (
        <a key={l.label} href={l.href} target="_blank" rel="noreferrer" data-testid="open-in-graphiql">
          {l.label}
        </a>
      ))}
    </nav>
  );
}
