import { useEffect } from 'react';
import { canvas } from '../../graph/canvasApi';
import { useUiStore } from '../../stores/uiStore';
import { useViewStore } from '../../stores/viewStore';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * Keyboard shortcuts: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo a step; E expands and
 * Delete hides the selected entity; + − 0 C zoom, fit and centre; / goes to the search box.
 * Arrow keys and Enter belong to the focused canvas (graph/KeyboardController).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const store = useViewStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !isTyping(event.target)) {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
        return;
      }
      if (mod && key === 'y' && !isTyping(event.target)) {
        event.preventDefault();
        store.redo();
        return;
      }
      if (mod || event.altKey || isTyping(event.target)) return;
      const selected = store.selection?.kind === 'entity' ? store.selection.id : null;
      const graph = useUiStore.getState().mode === 'graph';
      if (key === '/') {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      } else if (key === 'e' && selected) void store.expand(selected);
      else if ((key === 'delete' || key === 'backspace') && selected) store.hide([selected]);
      else if (key === 'escape') store.select(null);
      else if (graph && (key === '+' || key === '=')) canvas.zoomBy(1.25);
      else if (graph && key === '-') canvas.zoomBy(0.8);
      else if (graph && key === '0') canvas.fit();
      else if (graph && key === 'c') canvas.center();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
