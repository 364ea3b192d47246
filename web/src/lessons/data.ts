import type { Lesson } from '@trade-truce/vocabulary/lessons';

/**
 * The lessons shipped in fixtures/lessons, bundled into the client at build time. `npm run seed`
 * and the unit tests validate them against the graph and the API before they ship.
 */
const files = import.meta.glob<Lesson>('../../../fixtures/lessons/*.json', {
  eager: true,
  import: 'default',
});

/** The lesson whose steps the time bar's Play walks. */
export const STORY_ID = 'the-story-in-time';

/** Every lesson, by title; the timeline's story comes last. */
export const LESSONS: Lesson[] = Object.entries(files)
  .filter(([file]) => !file.endsWith('/schema.json'))
  .map(([, lesson]) => lesson)
  .sort((a, b) => (a.id === STORY_ID ? 1 : b.id === STORY_ID ? -1 : a.title.localeCompare(b.title)));

/** A lesson by id. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export type { Lesson, LessonStep, LessonView } from '@trade-truce/vocabulary/lessons';
