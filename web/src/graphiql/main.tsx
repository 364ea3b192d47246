/**
 * GraphiQL served by the app itself (the `graphiql` package bundled by Vite, Monaco workers
 * included): no CDN, so it works offline and under a strict Content-Security-Policy. Opens
 * prefilled from `?query=&variables=`, keeps its address in step with the editors so it can be
 * shared, and links the current query to the explorer's canvas.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { canvasHref, prefillSearch, readPrefill } from './links';

const DEFAULT_QUERY = `# The trade-truce knowledge graph. Press Ctrl+Enter to run, Ctrl+Space to complete,
# and open the Docs (book icon, left) to browse every type.
{
  entity(id: "salt-typhoon") {
    name
    description
    relations(types: [HACKED, EAVESDROPPED_ON]) {
      nodes { label to { name } status summary sources { publisher } }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const prefill = readPrefill(window.location.search);

function App() {
  const [query, setQuery] = useState(prefill.query ?? DEFAULT_QUERY);
  const [variables, setVariables] = useState(prefill.variables ?? '');
  const remember = (q: string, v: string) =>
    window.history.replaceState(null, '', `/graphql${prefillSearch(q, v)}`);
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      initialQuery={prefill.query}
      initialVariables={prefill.variables}
      onEditQuery={(q) => {
        setQuery(q);
        remember(q, variables);
      }}
      onEditVariables={(v) => {
        setVariables(v);
        remember(query, v);
      }}
    >
      <GraphiQL.Logo>
        <a className="truce-graphiql-home" href="/" title="Back to the graph explorer">
          Trade-truce graph
        </a>
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, copy, merge }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <a
              className="truce-open-canvas"
              href={canvasHref(query, variables)}
              title="Open on canvas: show this query's result in the graph explorer"
              aria-label="Open on canvas"
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" width="18" height="18">
                <circle cx="4" cy="11" r="2.5" />
                <circle cx="12" cy="5" r="2.5" />
                <circle cx="12" cy="12.5" r="1.8" />
                <path d="M4 11L12 5M4 11l8 1.5" />
              </svg>
            </a>
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
}

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
