import { LAYOUTS, type LayoutName } from './layouts';
import { relationWords, STATUS_STYLES, TYPE_STYLES } from './palette';
import type { Filters } from './view';

/**
 * The words for one change of filters, as a person would say it ("Hide Country entities",
 * "Show alleged relations"): announced when it happens and shown on the undo and redo buttons.
 */
export function filterChangeLabel(before: Filters, after: Filters): string {
  const parts = [
    change(
      before.hiddenEntityTypes,
      after.hiddenEntityTypes,
      (t) => `${TYPE_STYLES[t].label} entities`,
      'entity types',
    ),
    change(
      before.hiddenRelationTypes,
      after.hiddenRelationTypes,
      (t) => `“${relationWords(t)}” relations`,
      'relation types',
    ),
    change(
      before.hiddenStatuses,
      after.hiddenStatuses,
      (s) => `${STATUS_STYLES[s].label} relations`,
      'statuses',
    ),
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return 'Filters unchanged';
  return parts.join('; ');
}

/** One list's change: which items were hidden or shown again, in words. */
function change<T>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string,
  kind: string,
): string | null {
  const hidden = after.filter((x) => !before.includes(x));
  const shown = before.filter((x) => !after.includes(x));
  const say = (verb: string, items: T[]) =>
    items.length === 1 ? `${verb} ${name(items[0] as T)}` : `${verb} ${items.length} ${kind}`;
  if (hidden.length && shown.length) return `${say('Hide', hidden)}, ${say('show', shown)}`;
  if (hidden.length) return say('Hide', hidden);
  if (shown.length) return after.length === 0 && shown.length > 1 ? `Show all ${kind}` : say('Show', shown);
  return null;
}

/** The words for choosing a layout: its name in the menu, not its engine's ("breadthfirst"). */
export function layoutChangeLabel(layout: LayoutName): string {
  return `Switch to the ${LAYOUTS[layout].label} layout`;
}
