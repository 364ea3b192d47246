import { describeError } from '../api/client';
import { fetchNeighborhood } from '../api/queries';
import { TRADEOFF_EVENT_ID, TRADEOFF_RELATION_TYPES, tradeoffStory, tradeoffView } from '../models/tradeoff';
import { useDataStore } from './dataStore';
import { usePathStore } from './pathStore';
import { useUiStore } from './uiStore';
import { useViewStore } from './viewStore';

/**
 * Opens "The trade-off": fetches the truce's neighbourhood two steps out along the bargain's
 * relation types (sides → concessions → truce, and what a concession was traded for), keeps
 * the story's entities and puts them on the canvas as one undoable step.
 */
export async function openTradeoff(): Promise<void> {
  const view = useViewStore.getState();
  useViewStore.setState({ busy: 'Opening the trade-off…' });
  try {
    const subgraph = await fetchNeighborhood(TRADEOFF_EVENT_ID, TRADEOFF_RELATION_TYPES, 2);
    useDataStore.getState().merge(subgraph);
    const ids = tradeoffStory(subgraph.edges, TRADEOFF_EVENT_ID);
    usePathStore.getState().clear();
    useViewStore.setState({ busy: null });
    view.replace(tradeoffView(ids), 'The trade-off');
  } catch (error) {
    useViewStore.setState({ busy: null });
    useUiStore.getState().announce(`Could not open the trade-off: ${describeError(error).title}.`);
  }
}
