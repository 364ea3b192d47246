import { useRef } from 'react';
import { canvas } from '../../graph/canvasApi';
import { graphToJson, graphToSvg } from '../../models/exporters';
import { visibleGraph } from '../../models/filters';
import { useDataStore } from '../../stores/dataStore';
import { useUiStore } from '../../stores/uiStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { download } from './download';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export of the current view as PNG (the canvas), SVG (with labels) or JSON (with sources). */
export function ExportMenu() {
  const details = useRef<HTMLDetailsElement>(null);
  const announce = useUiStore((s) => s.announce);
  const current = () => visibleGraph(useDataStore.getState().cache, selectView(useViewStore.getState()));
  const close = () => details.current?.removeAttribute('open');

  const png = () => {
    const blob = canvas.png();
    if (blob) download(`trade-truce-graph-${stamp()}.png`, blob, 'image/png');
    else announce('Switch to the graph view to export a PNG.');
    close();
  };
  const svg = () => {
    const positions = canvas.positions();
    if (positions)
      download(`trade-truce-graph-${stamp()}.svg`, graphToSvg(current(), positions), 'image/svg+xml');
    else announce('Switch to the graph view to export an SVG.');
    close();
  };
  const json = () => {
    const text = graphToJson(current(), useDataStore.getState().cache, window.location.href);
    download(`trade-truce-graph-${stamp()}.json`, text, 'application/json');
    close();
  };

  return (
    <details className="menu" ref={details}>
      <summary className="button">Export</summary>
      <div className="menu-items" role="group" aria-label="Export the current view">
        <button type="button" onClick={png}>
          PNG image
        </button>
        <button type="button" onClick={svg}>
          SVG drawing
        </button>
        <button type="button" onClick={json}>
          JSON data
        </button>
      </div>
    </details>
  );
}
