import { LESSONS } from '../../lessons/data';
import { useDrawerStore } from '../../stores/drawerStore';
import { useLessonStore } from '../../stores/lessonStore';

/** The lessons shipped with the app, each opened in presenter mode or stepped through in place. */
export function LessonsPanel() {
  const open = useLessonStore((s) => s.open);
  const start = (id: string, present: boolean) => {
    useDrawerStore.getState().close();
    if (present) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    void open(id, 0, present);
  };
  return (
    <section className="panel-section" aria-labelledby="lessons-title">
      <h2 id="lessons-title" className="section-head">
        Lessons
      </h2>
      <ul className="lesson-list">
        {LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <p className="lesson-title">{lesson.title}</p>
            <p className="hint">
              {lesson.steps.length} steps. {lesson.summary}
            </p>
            <div className="stack-buttons">
              <button type="button" className="button primary" onClick={() => start(lesson.id, true)}>
                Present
              </button>
              <button type="button" className="button" onClick={() => start(lesson.id, false)}>
                Step through
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
