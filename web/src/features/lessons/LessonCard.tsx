import { useEffect } from 'react';
import { lessonById } from '../../lessons/data';
import { describeRange } from '../../models/timeline';
import { subgraphQuery, graphiqlHref, type ViewQuery } from '../../models/viewQuery';
import { apiAsOf } from '../../models/timeline';
import { useDataStore } from '../../stores/dataStore';
import { useLessonStore } from '../../stores/lessonStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';
import { WhatIfReasons } from '../whatif/WhatIfReasons';

/**
 * The lesson being taught: the step's title, narration and questions, the facts it highlights
 * with their sources, step buttons (and ← → keys), the step's GraphQL, and the way out.
 */
export function LessonCard() {
  const { lessonId, step, presenting, error, go, leave, setPresenting } = useLessonStore();
  const lesson = lessonById(lessonId ?? '');
  const current = lesson?.steps[step];
  const cache = useDataStore((s) => s.cache);
  const highlights = useTeachStore((s) => s.highlights);
  const time = useTeachStore((s) => s.time);
  const whatIf = useTeachStore((s) => s.whatIf);
  const nodeIds = useViewStore((s) => selectView(s).nodeIds);

  useEffect(() => {
    if (!lesson) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') void go(step + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') void go(step - 1);
      else if (e.key === 'Escape' && presenting) setPresenting(false);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [lesson, step, go, presenting, setPresenting]);

  if (!lesson || !current) return null;
  const query: ViewQuery = current.view.query
    ? { query: current.view.query.text, variables: current.view.query.variables }
    : subgraphQuery(nodeIds, apiAsOf(time));
  const facts = highlights.relations.map((id) => cache.relations[id]).filter((r) => r !== undefined);
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    leave();
  };

  return (
    <aside
      className={`lesson-card ${presenting ? 'presenting' : ''}`}
      aria-label="Lesson"
      data-testid="lesson-card"
    >
      <header className="lesson-head">
        <p className="lesson-name">{lesson.title}</p>
        <p className="lesson-count" data-testid="lesson-step">
          Step {step + 1} of {lesson.steps.length}
        </p>
      </header>
      <h2 className="lesson-step-title">{current.title}</h2>
      <p className="lesson-narration">{current.narration}</p>
      {current.view.time && (
        <p className="hint">
          Timeline:{' '}
          {describeRange({ from: current.view.time.from ?? null, to: current.view.time.to ?? null })}
        </p>
      )}
      {whatIf && <WhatIfReasons compact />}
      {facts.length > 0 && (
        <ul className="lesson-facts" aria-label="Facts in this step and their sources">
          {facts.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="link"
                onClick={() => useViewStore.getState().select({ kind: 'relation', id: r.id })}
              >
                {r.summary}
              </button>{' '}
              <span className="fact-source">
                Source:{' '}
                {r.sourceIds
                  .map((id) => cache.sources[id]?.publisher ?? id)
                  .filter((p, i, all) => all.indexOf(p) === i)
                  .join(', ')}
                {r.date ? ` · ${r.date}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {current.questions.length > 0 && (
        <div className="lesson-questions">
          <p className="section-head">Discuss</p>
          <ul>
            {current.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" className="button" onClick={() => void go(step - 1)} disabled={step === 0}>
          ← Previous
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void go(step + 1)}
          disabled={step === lesson.steps.length - 1}
        >
          Next →
        </button>
        <a className="button" href={graphiqlHref(query)} target="_blank" rel="noreferrer">
          Open in GraphiQL
        </a>
        <button type="button" className="button" onClick={() => setPresenting(!presenting)}>
          {presenting ? 'Window' : 'Present'}
        </button>
        <button type="button" className="button" onClick={exit}>
          Leave lesson
        </button>
      </nav>
    </aside>
  );
}
