import { useUiStore } from '../../stores/uiStore';
import { useViewStore } from '../../stores/viewStore';
import { ExportMenu } from '../export/ExportMenu';
import { EntityCombobox } from '../search/EntityCombobox';

/** Title, search, undo/redo, graph/table switch and export. */
export function Header() {
  const reveal = useViewStore((s) => s.reveal);
  const history = useViewStore((s) => s.history);
  const { undo, redo } = useViewStore.getState();
  const mode = useUiStore((s) => s.mode);
  const setMode = useUiStore((s) => s.setMode);
  const announce = useUiStore((s) => s.announce);
  const copyLink = () => {
    const fallback = () => announce('Copy the address bar to share this view.');
    if (!navigator.clipboard) return fallback();
    navigator.clipboard
      .writeText(window.location.href)
      .then(() => announce('Link to this view copied.'), fallback);
  };
  const undoLabel = history.past.length ? `Undo: ${history.present.label}` : 'Nothing to undo';
  const redoLabel = history.future[0] ? `Redo: ${history.future[0].label}` : 'Nothing to redo';

  return (
    <header className="app-header">
      <div className="brand">
        <h1>Trade-truce graph</h1>
        <p>US sanctions on China&apos;s MSS, Salt Typhoon and rare earths</p>
      </div>
      <EntityCombobox
        className="header-search"
        label="Search entities"
        placeholder="Search people, agencies, policies…  ( / )"
        testId="search"
        onPick={(entity) => void reveal(entity)}
      />
      <div className="header-actions">
        <div className="segmented" role="group" aria-label="History">
          <button
            type="button"
            onClick={undo}
            disabled={!history.past.length}
            title={`${undoLabel} (Ctrl+Z)`}
            aria-label={undoLabel}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M6 3L2 7l4 4M2.5 7H10a4 4 0 010 8H8"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              />
            </svg>
            <span className="button-text">Undo</span>
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!history.future.length}
            title={`${redoLabel} (Ctrl+Shift+Z)`}
            aria-label={redoLabel}
          >
            <span className="button-text">Redo</span>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M10 3l4 4-4 4M13.5 7H6a4 4 0 000 8h2"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              />
            </svg>
          </button>
        </div>
        <div className="segmented" role="group" aria-label="Show as">
          <button type="button" aria-pressed={mode === 'graph'} onClick={() => setMode('graph')}>
            Graph
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
            Table
          </button>
        </div>
        <button type="button" className="copy-link" onClick={copyLink} title="Copy a link to this view">
          Copy link
        </button>
        <ExportMenu />
      </div>
    </header>
  );
}
