import { useEffect } from 'react';
import { useUiStore } from '../../stores/uiStore';
import { useViewStore } from '../../stores/viewStore';

/** The status line over the canvas: what the last step did, read out by screen readers. */
export function Announcer() {
  const notice = useUiStore((s) => s.notice);
  const busy = useViewStore((s) => s.busy);
  const announce = useUiStore((s) => s.announce);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => announce(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, announce]);
  const text = busy ?? notice;
  return (
    <div
      className={`announcer ${text ? 'shown' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="announcer"
    >
      {text}
    </div>
  );
}
