import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { providePositions } from '../stores/viewStore';
import { setCanvas } from './canvasApi';
import { commandsFor } from './commands';
import { DetailController } from './DetailController';
import { ElementsController } from './ElementsController';
import { EventsController } from './EventsController';
import { HighlightController } from './HighlightController';
import { HoverController } from './HoverController';
import { KeyboardController } from './KeyboardController';
import { CyContext, carryPositions, createCy, nodePositions } from './instance';
import { LandmarkLayer } from './LandmarkLayer';
import { LayoutController } from './LayoutController';
import { type RenderMode, useRenderMode } from './renderMode';
import { StyleController } from './StyleController';
import { TeachingController } from './TeachingController';

/**
 * The canvas: one container and the Cytoscape instance inside it. The controllers below render
 * nothing; each syncs one part of the stores into the instance. Crossing LARGE_VIEW entities
 * swaps in an instance made for the other size (renderer options are fixed at creation): the key
 * remounts the container, the instance and its controllers together, so no controller ever holds
 * a destroyed instance; node positions are carried over.
 */
export default function GraphCanvas({ label }: { label: string }) {
  const { renderer, large } = useRenderMode();
  return <CanvasInstance key={`${renderer}-${large}`} label={label} renderer={renderer} large={large} />;
}

function CanvasInstance({ label, renderer, large }: { label: string } & RenderMode) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    performance.mark('canvas:mount');
    const instance = createCy(container.current, { renderer, large });
    setCy(instance);
    // `?debug` exposes the instance to measuring scripts; nothing in the app reads it.
    if (document.documentElement.dataset.debug === 'true') {
      (window as unknown as { __cy?: unknown }).__cy = instance;
    }
    setCanvas(commandsFor(instance));
    providePositions(() => nodePositions(instance));
    return () => {
      carryPositions(nodePositions(instance));
      providePositions(() => null);
      setCanvas(null);
      instance.destroy();
    };
  }, [renderer, large]);

  return (
    <CyContext.Provider value={cy}>
      {/* Focusable, so the keyboard controller's keys reach it; `application` passes them through
          screen readers. */}
      <div
        ref={container}
        className="cy"
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        tabIndex={0}
        data-testid="graph-canvas"
        data-renderer={renderer}
        data-large={large}
      />
      <LandmarkLayer />
      {cy && (
        <>
          <StyleController />
          <ElementsController />
          <LayoutController />
          <EventsController />
          <HighlightController />
          <HoverController />
          <KeyboardController />
          <TeachingController />
          <DetailController />
        </>
      )}
    </CyContext.Provider>
  );
}
