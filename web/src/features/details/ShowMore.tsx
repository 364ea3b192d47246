import { countOf } from '../../models/format';
import { LISTED_MORE } from './listing';

/** "Show 100 more relations (2,394 not listed)" under a list cut by useListed; nothing when it is whole. */
export function ShowMore({ left, noun, onMore }: { left: number; noun: string; onMore: () => void }) {
  if (left <= 0) return null;
  return (
    <button type="button" className="link show-more" onClick={onMore}>
      Show {countOf(Math.min(left, LISTED_MORE), `more ${noun}`)} ({left.toLocaleString('en-US')} not listed)
    </button>
  );
}
