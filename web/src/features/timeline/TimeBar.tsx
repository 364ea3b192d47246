import { useEffect, useMemo, type CSSProperties } from 'react';
import { LESSONS, STORY_ID } from '../../lessons/data';
import { bucketByMonth, describeRange, formatPartialDate } from '../../models/timeline';
import { useDataStore } from '../../stores/dataStore';
import { useLessonStore } from '../../stores/lessonStore';
import { useTeachStore } from '../../stores/teachStore';

const story = LESSONS.find((l) => l.id === STORY_ID);
const PLAY_MS = 2600;
/** Past this many months the histogram's months touch: 3 px gaps need ~180 px per 60 months. */
const DENSE_MONTHS = 60;

/**
 * The time bar under the canvas: a histogram of dated facts by month with the story's events
 * labelled, a range (from/to) or "as of" filter, and Play, which walks the story's steps and
 * highlights each on the canvas. Undated facts are counted and always shown.
 */
export function TimeBar() {
  const cache = useDataStore((s) => s.cache);
  const { time, setTime, playing, setPlaying, setHighlights } = useTeachStore();
  const inLesson = useLessonStore((s) => s.lessonId !== null);
  const hist = useMemo(() => bucketByMonth(Object.values(cache.relations)), [cache]);
  const max = Math.max(1, ...hist.months.map((m) => m.ids.length));
  const months = hist.months.map((m) => m.month);
  const yearOnly = Object.entries(hist.yearOnly);
  const tick = monthTicks(months);
  const events = useMemo(
    () =>
      (story?.steps ?? []).map((s, i) => ({
        i,
        title: s.title,
        month: s.view.time?.to?.slice(0, 7) ?? null,
      })),
    [],
  );

  const step = (i: number | null) => {
    setPlaying(i);
    const s = i === null ? null : story?.steps[i];
    if (!s) {
      setHighlights(null);
      return;
    }
    setTime({ from: null, to: s.view.time?.to ?? null });
    setHighlights({ entities: s.view.highlights.entities, relations: s.view.highlights.relations });
  };
  useEffect(() => {
    if (playing === null || !story) return;
    const timer = window.setTimeout(
      () => step(playing + 1 < story.steps.length ? playing + 1 : null),
      PLAY_MS,
    );
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new step restarts the timer
  }, [playing]);

  if (inLesson || months.length === 0) return null;
  const current = playing !== null ? story?.steps[playing] : undefined;
  const active = (m: string) =>
    (!time.from || m >= time.from.slice(0, 7)) && (!time.to || m <= time.to.slice(0, 7));

  return (
    <section className="time-bar" aria-label="Timeline" data-testid="time-bar">
      <div className="time-controls">
        <button
          type="button"
          className="play"
          onClick={() => (playing === null ? step(0) : step(null))}
          aria-label={playing === null ? 'Play the story' : 'Stop playing'}
        >
          {playing === null ? '▶ Play' : '■ Stop'}
        </button>
        <label>
          From
          <select
            value={time.from ?? ''}
            onChange={(e) => setTime({ ...time, from: e.target.value || null })}
            aria-label="From month"
          >
            <option value="">start</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatPartialDate(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {time.from ? 'To' : 'As of'}
          <select
            value={time.to?.slice(0, 7) ?? ''}
            onChange={(e) => setTime({ ...time, to: e.target.value || null })}
            aria-label={time.from ? 'To month' : 'As of month'}
          >
            <option value="">now</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatPartialDate(m)}
              </option>
            ))}
          </select>
        </label>
        {(time.from || time.to) && (
          <button type="button" onClick={() => setTime({ from: null, to: null })}>
            All time
          </button>
        )}
        <span className="time-status" data-testid="time-status" aria-live="polite">
          {current ? `${(playing ?? 0) + 1}/${story?.steps.length}: ${current.title}` : describeRange(time)}
        </span>
      </div>
      <div
        className="histogram"
        // Many months (a graph spanning decades): no gaps, or the gaps alone overflow the bar.
        data-dense={months.length > DENSE_MONTHS ? '' : undefined}
        role="group"
        aria-label="Dated facts by month; click a month to see the story as of then"
      >
        {months.map((m, i) => {
          const count = hist.months[i]?.ids.length ?? 0;
          const facts = `${count} dated ${count === 1 ? 'fact' : 'facts'}`;
          const label = events
            .filter((e) => e.month === m)
            .map((e) => e.title.split(':')[0])
            .join(' · ');
          // One element per month (a graph spanning decades has hundreds): the bar and the
          // month's name are drawn by CSS from --f and data-tick, and the name is aria-label.
          return (
            <button
              key={m}
              type="button"
              className={`month ${active(m) ? 'in' : 'out'}`}
              style={{ '--f': count / max } as CSSProperties}
              data-tick={tick(m) || undefined}
              onClick={() => setTime({ from: null, to: m })}
              aria-label={`As of ${formatPartialDate(m)} (${facts})${label ? `: ${label}` : ''}`}
              title={`${formatPartialDate(m)}: ${facts}`}
            >
              {label && (
                <span className="event-label" aria-hidden="true">
                  {label}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <p className="time-notes">
        {describeYearOnly(yearOnly)}
        {hist.periods.length ? ` · ${hist.periods.length} ongoing since earlier` : ''} ·{' '}
        <span data-testid="undated-count">{hist.undated.length} undated, always shown</span>
      </p>
    </section>
  );
}

/**
 * What each month's button shows: its name while the bar has room (three years or less), else
 * the year on January, one year in every few, so a graph spanning decades stays legible.
 */
function monthTicks(months: readonly string[]): (month: string) => string {
  if (months.length <= 36) return (m) => formatPartialDate(m).slice(0, 3);
  const years = new Set(months.map((m) => m.slice(0, 4))).size;
  const every = Math.max(1, Math.ceil(years / 12));
  return (m) => (m.endsWith('-01') && Number(m.slice(0, 4)) % every === 0 ? m.slice(0, 4) : '');
}

/** Facts dated by year only: listed per year when few, else summed with their span. */
function describeYearOnly(entries: ReadonlyArray<[string, readonly string[]]>): string {
  if (entries.length <= 4)
    return entries.map(([year, ids]) => `${ids.length} dated only “${year}”`).join(' · ');
  const total = entries.reduce((sum, [, ids]) => sum + ids.length, 0);
  const years = entries.map(([year]) => year).sort();
  return `${total} dated by year only (${years[0]}–${years[years.length - 1]})`;
}
