import { z } from 'zod';
import { PartialDate, slug, text } from './formats';
import { RELATION_TYPES } from './vocabulary';

/**
 * The format of a lesson file (`fixtures/lessons/*.json`): an ordered list of steps, each a view
 * of the graph with a title, a short narration and questions for discussion. Validated like the
 * graph: every problem names its file and field, and ids must exist in the graph.
 */

/** Layouts a step may ask for (the explorer's registry, web/src/models/layouts.ts). */
export const LESSON_LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'tradeoff'] as const;

/** A GraphQL query whose result (entities, a subgraph or a path) the step opens. */
export const LessonQuerySchema = z.strictObject({
  text: text(2000),
  variables: z.record(z.string(), z.unknown()).default({}),
});

export const LessonViewSchema = z
  .strictObject({
    entities: z.array(slug).min(1, 'must name at least one entity').optional(),
    query: LessonQuerySchema.optional(),
    layout: z.enum(LESSON_LAYOUTS).default('fcose'),
    /** Show only these relation types (all when absent). */
    relationTypes: z.array(z.enum(RELATION_TYPES)).min(1).optional(),
    highlights: z
      .strictObject({
        entities: z.array(slug).default([]),
        relations: z.array(slug).default([]),
      })
      .default({ entities: [], relations: [] }),
    time: z
      .strictObject({ from: PartialDate.optional(), to: PartialDate.optional() })
      .refine((t) => !t.from || !t.to || t.from <= t.to, {
        message: '"from" must not be after "to"',
        path: ['to'],
      })
      .optional(),
    /** A decision to flip: the step shows what the article's logic puts at risk. */
    whatIf: slug.optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.entities === !v.query) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities'],
        message: 'give either "entities" or "query", not both or neither',
      });
    }
  });

export const LessonStepSchema = z.strictObject({
  id: slug,
  title: text(120),
  narration: text(700),
  questions: z.array(text(300)).max(5, 'at most 5 questions').default([]),
  view: LessonViewSchema,
});

export const LessonSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug,
  title: text(120),
  summary: text(400),
  steps: z.array(LessonStepSchema).min(1, 'must have at least one step').max(20, 'at most 20 steps'),
});

export type Lesson = z.infer<typeof LessonSchema>;
export type LessonStep = z.infer<typeof LessonStepSchema>;
export type LessonView = z.infer<typeof LessonViewSchema>;

/** The JSON Schema written to fixtures/lessons/schema.json, for editors. */
export function lessonJsonSchema(): unknown {
  return z.toJSONSchema(LessonSchema, { io: 'input', unrepresentable: 'any' });
}
