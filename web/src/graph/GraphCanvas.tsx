import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { providePositions } from '../stores/viewStore';
import { setCanvas } from './canvasApi';
import { commandsFor } from './commands';
import { ElementsController } from './ElementsController';
import { EventsController } from './EventsController';
import { HighlightController } from './HighlightController';
import { HoverController } from './HoverController';
import { KeyboardController } from './KeyboardController';
import { CyContext, createCy, nodePositions } from './instance';
import { LayoutController } from './LayoutController';
import { StyleController } from './StyleController';
import { TeachingController } from './TeachingController';

/**
 * The canvas: one container and the Cytoscape instance inside it. The controllers below render
 * nothing; each syncs one part of the stores into the instance.
 */
export default function GraphCanvas({ label }: { label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    performance.mark('canvas:mount');
    const instance = createCy(container.current);
    setCy(instance);
    // `?debug` exposes the instance to measuring scripts; nothing in the app reads it.
    if (document.documentElement.dataset.debug === 'true') {
      (window as unknown as { __cy?: unknown }).__cy = instance;
    }
    setCanvas(commandsFor(instance));
    providePositions(() => nodePositions(instance));
    return () => {
      providePositions(() => null);
      setCanvas(null);
      instance.destroy();
    };
  }, []);

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
      />
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
        </>
      )}
    </CyContext.Provider>
  );
}
