import { builder } from '../builder';
import type { RelationRow } from '../db/records';
import { timeline } from '../db/repository';
import { RelationTypeEnum } from './enums';
import { RelationRef } from './refs';

/** How precise a date is: the article gives some facts a year, some a month, some a day. */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** The precision a partial date ("2025", "2025-10", "2025-10-30") carries. */
export function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'DAY' : date.length >= 7 ? 'MONTH' : 'YEAR';
}

const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precise a date is, as the source gives it.',
  values: {
    YEAR: { description: 'Only the year is known ("2025").' },
    MONTH: { description: 'The month is known ("2025-01").' },
    DAY: { description: 'The day is known ("2025-10-30").' },
  } as const,
});

const TimelineEvent = builder.objectRef<RelationRow>('TimelineEvent').implement({
  description: 'A dated relation on the timeline: a point in time, or a period with a start.',
  fields: (t) => ({
    when: t.field({
      type: 'Date',
      description: 'Its date, or the start of its period.',
      resolve: (r) => r.date ?? r.start ?? '',
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'How precise `when` is.',
      resolve: (r) => precisionOf(r.date ?? r.start ?? ''),
    }),
    period: t.boolean({
      description: 'True for a period ("since at least 2019"), false for a point in time.',
      resolve: (r) => !r.date,
    }),
    end: t.field({
      type: 'Date',
      nullable: true,
      description: 'End of the period, when the source gives one.',
      resolve: (r) => r.end ?? null,
    }),
    relation: t.field({ type: RelationRef, description: 'The dated fact.', resolve: (r) => r }),
  }),
});

const Timeline = builder.objectRef<{ events: RelationRow[]; undated: number }>('Timeline').implement({
  description: 'The dated facts in time order, and how many facts carry no date.',
  fields: (t) => ({
    events: t.field({
      type: [TimelineEvent],
      description:
        'Dated relations, earliest first by their date as text ("2025" before "2025-01"), then by id.',
      resolve: (tl) => tl.events,
    }),
    undatedCount: t.exposeInt('undated', {
      description: 'Relations with no date: they hold throughout and stay visible as undated.',
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: Timeline,
    description: 'When things happened: every dated relation in time order, with its precision.',
    args: {
      from: t.arg({ type: 'Date', required: false, description: 'Only from this date on (as text).' }),
      to: t.arg({ type: 'Date', required: false, description: 'Only up to this date (as text).' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these types.' }),
    },
    resolve: (_root, args, ctx) =>
      timeline(ctx.db, { from: args.from ?? null, to: args.to ?? null, types: args.relationTypes ?? [] }),
  }),
}));
