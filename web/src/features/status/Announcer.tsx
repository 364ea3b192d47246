import { useEffect, useRef, useState } from 'react';
import { useLayoutStore } from '../../stores/layoutStore';
import { useUiStore } from '../../stores/uiStore';
import { useViewStore } from '../../stores/viewStore';

/** What sits at the top of the visible canvas and must stay readable: the partial-view note. */
const TOP_OF_CANVAS = '.canvas-wrap:not(.concealed) :is(.overview-banner, .overview-pill)';

/**
 * The status line over the canvas: what the last step did, read out by screen readers. What is
 * under way (a fetch) shows here only when the canvas's own progress pill (CanvasActivity, also
 * a status) cannot say it: in the table, or while that pill shows a layout. Otherwise the same
 * words showed twice, once over the partial-view banner while its "Top 5,000" loaded. A notice
 * goes below that banner (or its pill) rather than over its figures.
 */
export function Announcer() {
  const notice = useUiStore((s) => s.notice);
  const mode = useUiStore((s) => s.mode);
  const layingOut = useLayoutStore((s) => s.running !== null);
  const busy = useViewStore((s) => (mode === 'graph' && !layingOut ? null : s.busy));
  const announce = useUiStore((s) => s.announce);
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => announce(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, announce]);
  const text = busy ?? notice;
  // Placed when the text changes, in the next frame: measuring at once would force the layout of
  // the render that changed it (a "Show all" of thousands of entities) a second time.
  useEffect(() => {
    const stage = ref.current?.parentElement;
    const cover = text ? stage?.querySelector(TOP_OF_CANVAS) : null;
    if (!stage || !cover) return setTop(undefined);
    const frame = requestAnimationFrame(() =>
      setTop(cover.getBoundingClientRect().bottom - stage.getBoundingClientRect().top + 8),
    );
    return () => cancelAnimationFrame(frame);
  }, [text]);
  return (
    <div
      ref={ref}
      className={`announcer ${text ? 'shown' : ''}`}
      style={top === undefined ? undefined : { top }}
      role="status"
      aria-live="polite"
      data-testid="announcer"
    >
      {text}
    </div>
  );
}
