import { useEffect } from 'react';
import { narrowScreen, useDrawerStore, type Drawer } from '../../stores/drawerStore';
import { useViewStore } from '../../stores/viewStore';

/**
 * On a phone the details open by themselves when an entity or relation is tapped (they would
 * otherwise sit in a closed drawer), and close when the selection is cleared; Escape closes any
 * drawer.
 */
export function useDrawers(): void {
  useEffect(() => {
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.selection === previous.selection || !narrowScreen()) return;
      const drawers = useDrawerStore.getState();
      if (state.selection) drawers.show('details');
      else if (drawers.open === 'details') drawers.close();
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useDrawerStore.getState().open) useDrawerStore.getState().close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}

/** The close button at the top of a drawer (shown on narrow screens only). */
export function DrawerClose({ drawer, label }: { drawer: Exclude<Drawer, null>; label: string }) {
  const open = useDrawerStore((s) => s.open === drawer);
  if (!open) return null;
  return (
    <button
      type="button"
      className="drawer-close"
      aria-label={`Close ${label}`}
      onClick={() => useDrawerStore.getState().close()}
    >
      ✕
    </button>
  );
}

/** The shade over the canvas while the tools drawer is open: a tap on it closes the drawer. */
export function DrawerScrim() {
  const open = useDrawerStore((s) => s.open === 'panels');
  if (!open) return null;
  return (
    <div className="drawer-scrim" aria-hidden="true" onClick={() => useDrawerStore.getState().close()} />
  );
}
