/**
 * Lessons as data: the shipped lessons are valid against the schema, the graph and the API, and
 * each kind of mistake is reported with its file and field, nothing else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lessonSchemaText } from '../../scripts/print-schemas';
import { readFixtures } from '../../server/src/fixtures/validate';
import { LESSON_LAYOUTS } from '@trade-truce/vocabulary/lessons';
import { readLessons } from '../../server/src/lessons/validate';
import { PATHS } from '../../server/src/paths';
import { schema } from '../../server/src/schema';
import { LAYOUT_NAMES } from '../../web/src/models/layouts';

const graph = readFixtures(PATHS.fixtures).graph;
const LESSONS = path.join(PATHS.fixtures, 'lessons');

/** A valid one-step lesson to break in one place. */
const base = () => ({
  id: 'tiny',
  title: 'Tiny',
  summary: 'One step.',
  steps: [
    {
      id: 'one',
      title: 'One',
      narration: 'The MSS and Salt Typhoon.',
      view: {
        entities: ['mss', 'salt-typhoon'],
        highlights: { relations: ['salt-typhoon-attributed-to-mss'] },
      },
    },
  ],
});

/** Validates `lesson` written to a fresh folder as tiny.json. */
function check(lesson: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
  fs.writeFileSync(path.join(dir, 'tiny.json'), JSON.stringify(lesson));
  try {
    return readLessons(dir, graph, schema);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

describe('shipped lessons', () => {
  const report = readLessons(LESSONS, graph, schema);

  it('are all valid, including the trade-away lesson of 6 to 10 steps', () => {
    expect(report.problems).toEqual([]);
    const lesson = report.lessons.find((l) => l.title === 'What did the US trade away, and for what?');
    expect(lesson?.steps.length).toBeGreaterThanOrEqual(6);
    expect(lesson?.steps.length).toBeLessThanOrEqual(10);
  });

  it('fixtures/lessons/schema.json matches the zod schema (run `npm run schemas` to refresh)', () => {
    expect(fs.readFileSync(path.join(LESSONS, 'schema.json'), 'utf8')).toBe(lessonSchemaText());
  });

  it('offer the same layouts as the explorer', () => {
    expect([...LESSON_LAYOUTS]).toEqual([...LAYOUT_NAMES]);
  });
});

describe('lesson problems name file and field', () => {
  it('accepts the valid base lesson', () => {
    expect(check(base()).problems).toEqual([]);
  });

  it.each([
    [
      'an unknown entity',
      (l: any) => (l.steps[0].view.entities[1] = 'no-such-entity'),
      'steps[0].view.entities[1]',
      /unknown entity "no-such-entity"/,
    ],
    [
      'an unknown highlighted relation',
      (l: any) => (l.steps[0].view.highlights.relations = ['nope']),
      'steps[0].view.highlights.relations[0]',
      /unknown relation "nope"/,
    ],
    [
      'an unknown what-if',
      (l: any) => (l.steps[0].view.whatIf = 'nope'),
      'steps[0].view.whatIf',
      /unknown entity/,
    ],
    [
      'both entities and a query',
      (l: any) => (l.steps[0].view.query = { text: '{ graph { nodes { id } } }' }),
      'steps[0].view.entities',
      /either "entities" or "query"/,
    ],
    [
      'a query that does not fit the API',
      (l: any) => {
        delete l.steps[0].view.entities;
        l.steps[0].view.query = { text: '{ graph { nope } }' };
      },
      'steps[0].view.query.text',
      /Cannot query field "nope"/,
    ],
    [
      'a query that is not read-only',
      (l: any) => {
        delete l.steps[0].view.entities;
        l.steps[0].view.query = { text: 'subscription { graph { nodes { id } } }' };
      },
      'steps[0].view.query.text',
      /read-only query, not a subscription/,
    ],
    [
      'text broken by the seed',
      (l: any) => (l.steps[0].narration = 'China\u0E42s spy agency'),
      'steps[0].narration',
      /broken characters/,
    ],
    ['an unknown layout', (l: any) => (l.steps[0].view.layout = 'spiral'), 'steps[0].view.layout', /./],
    [
      'a time range backwards',
      (l: any) => (l.steps[0].view.time = { from: '2025-10', to: '2025-01' }),
      'steps[0].view.time.to',
      /must not be after/,
    ],
    [
      'a date that is no date',
      (l: any) => (l.steps[0].view.time = { to: '2025-13' }),
      'steps[0].view.time.to',
      /./,
    ],
    ['an unknown field', (l: any) => (l.steps[0].extra = 1), 'steps[0]', /extra/],
    ['no steps', (l: any) => (l.steps = []), 'steps', /at least one step/],
  ])('reports %s', (_name, breakIt, field, message) => {
    const lesson = base();
    breakIt(lesson);
    const { problems, lessons } = check(lesson);
    expect(problems).toEqual([expect.objectContaining({ file: path.join('lessons', 'tiny.json'), field })]);
    expect(problems[0]?.message).toMatch(message);
    expect(lessons.length).toBeLessThanOrEqual(1);
  });

  it('reports a file that is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "id": ');
    const { problems } = readLessons(dir, graph, schema);
    fs.rmSync(dir, { recursive: true });
    expect(problems).toEqual([
      {
        file: path.join('lessons', 'bad.json'),
        field: '(file)',
        message: expect.stringMatching(/not valid JSON/),
      },
    ]);
  });
});
