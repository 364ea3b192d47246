import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Announcer } from './features/status/Announcer';
import { CanvasActivity } from './features/canvas/CanvasActivity';
import { CanvasToolbar } from './features/canvas/CanvasToolbar';
import { EmptyCanvas } from './features/canvas/EmptyCanvas';
import { HoverCard } from './features/canvas/HoverCard';
import { OverviewBanner } from './features/canvas/OverviewBanner';
import { DetailsPanel } from './features/details/DetailsPanel';
import { GuidedViews } from './features/guided/GuidedViews';
import { Header } from './features/app/Header';
import { Legend } from './features/legend/Legend';
import { LayoutPanel } from './features/layout/LayoutPanel';
import { PathFinder } from './features/path/PathFinder';
import { RelationTypeFilter } from './features/filters/RelationTypeFilter';
import { StatusBanner } from './features/status/StatusBanner';
import { TableView } from './features/table/TableView';
import { useBoot } from './features/app/useBoot';
import { useShortcuts } from './features/app/useShortcuts';
import { useUrlSync } from './features/app/useUrlSync';
import { useLayoutAhead } from './graph/layoutAhead';
import { visibleGraph } from './models/filters';
import { useDataStore } from './stores/dataStore';
import { useUiStore } from './stores/uiStore';
import { DiffCard } from './features/compare/DiffCard';
import { QueryLink } from './features/graphql/QueryLink';
import { LessonCard } from './features/lessons/LessonCard';
import { LessonsPanel } from './features/lessons/LessonsPanel';
import { useMediaQuery } from './features/app/useMediaQuery';
import { TimeBar } from './features/timeline/TimeBar';
import { WhatIfPanel } from './features/whatif/WhatIfPanel';
import { WhatIfReasons } from './features/whatif/WhatIfReasons';
import { useTeachBoot } from './features/app/useTeachBoot';
import { DrawerClose, DrawerScrim, useDrawers } from './features/app/Drawers';
import { DRAWER_WIDTH, useDrawerStore } from './stores/drawerStore';
import { useLessonStore } from './stores/lessonStore';
import { useTeachStore } from './stores/teachStore';
import { selectView, useViewStore } from './stores/viewStore';

/** The canvas and Cytoscape load as their own chunk, in parallel with the graph's data. */
/** Laptop widths: between the phone drawers (DRAWER_WIDTH) and the wide layout of styles.css. */
const LAPTOP_QUERY = `(min-width: ${DRAWER_WIDTH + 1}px) and (max-width: 1599px)`;

const GraphCanvas = lazy(() => import('./graph/GraphCanvas'));

/** The page: header, filters on the left, canvas or table in the middle, details on the right. */
export function App() {
  const retry = useBoot();
  useUrlSync();
  useShortcuts();
  const mode = useUiStore((s) => s.mode);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const time = useTeachStore((s) => s.time);
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const canvasWrap = useRef<HTMLDivElement>(null);
  useLayoutAhead(canvasWrap, graph);
  const [queryError, setQueryError] = useState<string | null>(null);
  useTeachBoot(setQueryError);
  useDrawers();
  const inLesson = useLessonStore((s) => s.lessonId !== null);
  // On a laptop the step's card would cover half the canvas: it takes the lessons' place in the
  // side panel instead (phones keep it as a sheet, presenter mode as the projector's column).
  const laptop = useMediaQuery(LAPTOP_QUERY);
  const presenting = useLessonStore((s) => s.presenting);
  const dockLesson = inLesson && laptop && !presenting;
  const whatIf = useTeachStore((s) => s.whatIf);
  const drawer = useDrawerStore((s) => s.open);
  const toggleDrawer = useDrawerStore((s) => s.toggle);
  const totalEntities = useDataStore((s) => s.totals?.entities ?? 0);
  const partial =
    totalEntities > graph.nodes.length
      ? ` A partial view: the whole graph has ${totalEntities.toLocaleString('en-US')} entities.`
      : '';
  const canvasLabel = `Graph of ${graph.nodes.length} entities and ${graph.edges.length} relations.${partial} Arrow keys move the selection between entities, Enter shows its details, E expands it, Escape clears it. The table view lists them.`;
  const [canvasFocused, setCanvasFocused] = useState(false);

  return (
    <div className={`app ${presenting ? 'presenting' : ''} ${drawer ? `drawer-${drawer}` : ''}`}>
      <a className="skip-link" href="#details">
        Skip to details
      </a>
      <Header />
      <main className="workspace">
        <aside className="side-panel" aria-label="Guided views, legend, filters, path finder and layout">
          <DrawerClose drawer="panels" label="tools" />
          {dockLesson ? <LessonCard /> : <LessonsPanel />}
          <GuidedViews />
          <Legend />
          <RelationTypeFilter />
          <PathFinder />
          <LayoutPanel />
          <WhatIfPanel />
        </aside>
        <section className="stage" aria-label={mode === 'graph' ? 'Graph' : 'Table'}>
          <div
            ref={canvasWrap}
            className={`canvas-wrap ${mode === 'graph' ? '' : 'concealed'}`}
            aria-hidden={mode !== 'graph'}
            onFocus={(e) => setCanvasFocused(e.target.classList.contains('cy'))}
            onBlur={() => setCanvasFocused(false)}
          >
            <Suspense fallback={null}>
              <GraphCanvas label={canvasLabel} />
            </Suspense>
            <CanvasToolbar />
            <OverviewBanner />
            <CanvasActivity />
            <HoverCard />
            <p className={`canvas-hint ${canvasFocused ? 'keys' : ''}`} aria-hidden="true">
              {canvasFocused
                ? '← ↑ → ↓ move · Enter details · E expand · Esc clear'
                : 'Click for details · double-click to expand · drag to move · Tab here for keys'}
            </p>
            <EmptyCanvas />
            <QueryLink />
            <div className="drawer-toggles">
              <button type="button" aria-pressed={drawer === 'panels'} onClick={() => toggleDrawer('panels')}>
                ☰ Tools
              </button>
              <button
                type="button"
                aria-pressed={drawer === 'details'}
                onClick={() => toggleDrawer('details')}
              >
                Details
              </button>
            </div>
          </div>
          <div className="stage-cards" data-canvas-inset="right">
            {inLesson && !dockLesson && <LessonCard />}
            {!inLesson && whatIf && (
              <div className="stage-card">
                <WhatIfReasons />
                <button
                  type="button"
                  className="button"
                  onClick={() => useTeachStore.getState().setWhatIf(null)}
                >
                  Clear what-if
                </button>
              </div>
            )}
            <DiffCard />
            {queryError && (
              <div className="stage-card error-card" role="alert" data-testid="query-error">
                <p>
                  <strong>The GraphQL query could not open on the canvas.</strong>
                </p>
                <p>{queryError}</p>
                <button type="button" className="button" onClick={() => setQueryError(null)}>
                  Dismiss
                </button>
              </div>
            )}
          </div>
          <TimeBar />
          {mode === 'table' && <TableView />}
          <Announcer />
          <StatusBanner onRetry={retry} />
        </section>
        <DrawerScrim />
        <div id="details" className="details-wrap" tabIndex={-1}>
          <DrawerClose drawer="details" label="details" />
          <DetailsPanel />
        </div>
      </main>
    </div>
  );
}
