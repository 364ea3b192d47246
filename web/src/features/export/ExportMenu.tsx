import { useRef } from 'react';
import { canvas } from '../../graph/canvasApi';
import { graphToJson } from '../../models/exporters';
import { READABLE_PX } from '../../models/landmarks';
import { visibleGraph } from '../../models/filters';
import { entitiesToCsv, graphToCytoscapeJson, graphToGraphml, relationsToCsv } from '../../models/interop';
import { graphToSvg } from '../../models/svgExport';
import { useDataStore } from '../../stores/dataStore';
import { usePathStore } from '../../stores/pathStore';
import { useUiStore } from '../../stores/uiStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { download } from './download';
import { browserMeasure } from './measure';

const stamp = () => new Date().toISOString().slice(0, 10);
const file = (kind: string, ext: string) => `trade-truce-${kind}-${stamp()}.${ext}`;

/**
 * Export of the current view: PNG (the canvas), SVG (drawn like the canvas, with a legend),
 * JSON (with sources), and for other tools GraphML (Gephi), Cytoscape JSON (Cytoscape desktop)
 * and CSV of entities and relations (Kumu, spreadsheets), all with the sources of each fact.
 */
export function ExportMenu() {
  const details = useRef<HTMLDetailsElement>(null);
  const announce = useUiStore((s) => s.announce);
  const cache = () => useDataStore.getState().cache;
  const current = () => visibleGraph(cache(), selectView(useViewStore.getState()));
  const close = () => details.current?.removeAttribute('open');
  const run = (action: () => void) => () => {
    action();
    close();
  };

  // Drawing and encoding a large graph blocks the page for seconds: the status says so first.
  const png = () => {
    announce('Drawing the PNG…');
    requestAnimationFrame(() => window.setTimeout(drawPng, 0));
  };
  const drawPng = () => {
    const image = canvas.png();
    if (!image) return announce('Switch to the graph view to export a PNG.');
    const size = `${image.width.toLocaleString('en-US')} × ${image.height.toLocaleString('en-US')} px`;
    if (!image.blob) {
      return announce(`This browser could not draw the PNG (${size}). Export an SVG drawing instead.`);
    }
    download(file('graph', 'png'), image.blob, 'image/png');
    // At thousands of entities the image is capped and its names shrink past reading.
    announce(
      image.namePx >= READABLE_PX
        ? `PNG exported: ${size}.`
        : `PNG exported: ${size}, names ${Math.round(image.namePx)} px high. The SVG drawing scales without limit.`,
    );
  };
  const svg = () => {
    const positions = canvas.positions();
    if (!positions) return announce('Switch to the graph view to export an SVG.');
    const path = usePathStore.getState();
    const text = graphToSvg(current(), {
      positions,
      style: useUiStore.getState().style,
      path: path.nodeIds.length ? { nodeIds: path.nodeIds, edgeIds: path.edgeIds } : null,
      measure: browserMeasure,
    });
    download(file('graph', 'svg'), text, 'image/svg+xml');
  };
  const items: Array<{ label: string; hint: string; action: () => void }> = [
    { label: 'PNG image', hint: 'the canvas as it looks', action: png },
    { label: 'SVG drawing', hint: 'scalable, with a legend', action: svg },
    {
      label: 'JSON data',
      hint: 'entities, relations, sources',
      action: () =>
        download(
          file('graph', 'json'),
          graphToJson(current(), cache(), window.location.href),
          'application/json',
        ),
    },
    {
      label: 'GraphML',
      hint: 'for Gephi',
      action: () =>
        download(
          file('graph', 'graphml'),
          graphToGraphml(current(), cache(), canvas.positions()),
          'application/graphml+xml',
        ),
    },
    {
      label: 'Cytoscape JSON',
      hint: 'for Cytoscape desktop',
      action: () =>
        download(
          file('graph', 'cyjs'),
          graphToCytoscapeJson(current(), cache(), canvas.positions()),
          'application/json',
        ),
    },
    {
      label: 'CSV of entities',
      hint: 'for Kumu, spreadsheets',
      action: () => download(file('entities', 'csv'), entitiesToCsv(current(), cache()), 'text/csv'),
    },
    {
      label: 'CSV of relations',
      hint: 'for Kumu, spreadsheets',
      action: () => download(file('relations', 'csv'), relationsToCsv(current(), cache()), 'text/csv'),
    },
  ];

  return (
    <details className="menu" ref={details}>
      <summary className="button">Export</summary>
      <div className="menu-items" role="group" aria-label="Export the current view">
        {items.map((item) => (
          <button key={item.label} type="button" onClick={run(item.action)}>
            {item.label} <span className="menu-hint">{item.hint}</span>
          </button>
        ))}
      </div>
    </details>
  );
}
