import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { z } from 'zod';
import type { FixtureGraph, Problem } from '../fixtures/validate';
import { LessonSchema, type Lesson } from '@trade-truce/vocabulary/lessons';

/** Lessons read from a folder; usable only when `problems` is empty. */
export interface LessonReport {
  lessons: Lesson[];
  problems: Problem[];
}

const fieldPath = (segments: PropertyKey[]) =>
  segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('') || '(file)';

const zodProblems = (file: string, error: z.ZodError): Problem[] =>
  error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));

/**
 * Reads `dir/*.json` (schema.json aside) as lessons and checks each against the schema, then
 * against the graph: every entity, relation and what-if id must exist, lesson and step ids must
 * be unique, and a step's query must be a valid read-only operation of `schema`. Writes nothing.
 */
export function readLessons(dir: string, graph: FixtureGraph, schema?: GraphQLSchema): LessonReport {
  const problems: Problem[] = [];
  const lessons: Lesson[] = [];
  if (!fs.existsSync(dir)) return { lessons, problems };
  const entities = new Set(graph.entities.map((e) => e.id));
  const relations = new Set(graph.relations.map((r) => r.id));
  const seen = new Map<string, string>();
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort();
  for (const name of files) {
    const file = path.join('lessons', name);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push({ file, field: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = LessonSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    const lesson = parsed.data;
    const at = (field: string, message: string) => problems.push({ file, field, message });
    if (seen.has(lesson.id)) at('id', `duplicate lesson id "${lesson.id}" (first in ${seen.get(lesson.id)})`);
    seen.set(lesson.id, file);
    const stepIds = new Set<string>();
    lesson.steps.forEach((step, i) => {
      const base = `steps[${i}]`;
      if (stepIds.has(step.id)) at(`${base}.id`, `duplicate step id "${step.id}"`);
      stepIds.add(step.id);
      const v = step.view;
      const known = (ids: string[], set: Set<string>, field: string, kind: string) =>
        ids.forEach((id, j) => {
          if (!set.has(id)) at(`${base}.view.${field}[${j}]`, `unknown ${kind} "${id}"`);
        });
      known(v.entities ?? [], entities, 'entities', 'entity');
      known(v.highlights.entities, entities, 'highlights.entities', 'entity');
      known(v.highlights.relations, relations, 'highlights.relations', 'relation');
      if (v.whatIf && !entities.has(v.whatIf)) at(`${base}.view.whatIf`, `unknown entity "${v.whatIf}"`);
      if (v.query && schema) {
        for (const message of queryProblems(v.query.text, schema)) at(`${base}.view.query.text`, message);
      }
    });
    lessons.push(lesson);
  }
  return { lessons, problems };
}

/** Why a step's query cannot run: a syntax or schema error, or an operation that is not a query. */
function queryProblems(text: string, schema: GraphQLSchema): string[] {
  try {
    const document = parse(text);
    const errors = validate(schema, document).map((e) => e.message);
    for (const def of document.definitions) {
      if (def.kind === 'OperationDefinition' && def.operation !== 'query') {
        errors.push(`must be a read-only query, not a ${def.operation}`);
      }
    }
    return errors;
  } catch (error) {
    return [(error as Error).message];
  }
}
