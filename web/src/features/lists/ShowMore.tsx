import { countOf } from '../../models/format';

/** "Show 100 more relations (2,394 not listed)" under a list cut by useListed; nothing when it is whole. */
export function ShowMore({
  left,
  step,
  noun,
  plural = `${noun}s`,
  onMore,
}: {
  left: number;
  step: number;
  noun: string;
  plural?: string;
  onMore: () => void;
}) {
  if (left <= 0) return null;
  return (
    <button type="button" className="link show-more" onClick={onMore}>
      Show {countOf(Math.min(left, step), `more ${noun}`, `more ${plural}`)} ({left.toLocaleString('en-US')}{' '}
      not listed)
    </button>
  );
}
