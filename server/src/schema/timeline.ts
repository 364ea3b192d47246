import { builder } from '../builder';
import { badInput, checkRange } from '../errors';
import type { RelationRow } from '../db/records';
import { timeline, undatedCount } from '../db/repository';
import { RelationTypeEnum } from './enums';
import { PageInfo, pageInfoOf, type Page } from './pagination';
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

/** Events per page by default, and at most: the article's ~700 dated facts fit in one. */
const DEFAULT_EVENTS = 1_000;
const MAX_EVENTS = 5_000;

/** A timeline cursor: the date and id of the last event of a page, where the next one starts. */
function encodeTimelineCursor(event: RelationRow): string {
  return Buffer.from(`when:${event.date ?? event.start ?? ''} id:${event.id}`).toString('base64url');
}

const CURSOR = /^when:(\d{4}(?:-\d{2}){0,2}) id:([a-z0-9-]{1,200})$/;

/** The keyset an `after` cursor names ('' for the first page); a malformed one is BAD_USER_INPUT. */
function decodeTimelineCursor(cursor: string | null | undefined): { afterAt: string; afterId: string } {
  if (cursor === null || cursor === undefined) return { afterAt: '', afterId: '' };
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', 'is not a timeline cursor this API issued');
  return { afterAt: match[1] as string, afterId: match[2] as string };
}

interface TimelinePage extends Pick<
  Page<RelationRow>,
  'items' | 'hasNextPage' | 'hasPreviousPage' | 'cursorOf'
> {
  /** Counted only when `undatedCount` is asked for: it reads every relation. */
  undated: () => Promise<number>;
}

const Timeline = builder.objectRef<TimelinePage>('Timeline').implement({
  description: 'The dated facts in time order, a page at a time, and how many facts carry no date.',
  fields: (t) => ({
    events: t.field({
      type: [TimelineEvent],
      description:
        'Dated relations, earliest first by their date as text ("2025" before "2025-01"), then by id: the first `first` past `after`.',
      resolve: (tl) => tl.items,
    }),
    pageInfo: t.field({
      type: PageInfo,
      description: 'Whether more events follow: pass `endCursor` as `after` for the next page.',
      resolve: (tl) => pageInfoOf(tl),
    }),
    undatedCount: t.int({
      description: 'Relations with no date: they hold throughout and stay visible as undated.',
      resolve: (tl) => tl.undated(),
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: Timeline,
    description:
      'When things happened: the dated relations in time order, with their precision, a page at a time.',
    args: {
      from: t.arg({ type: 'Date', required: false, description: 'Only from this date on (as text).' }),
      to: t.arg({ type: 'Date', required: false, description: 'Only up to this date (as text).' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these types.' }),
      first: t.arg.int({
        defaultValue: DEFAULT_EVENTS,
        description: `Most events to return, 1-${MAX_EVENTS.toLocaleString('en-US')}.`,
      }),
      after: t.arg.string({ required: false, description: 'The `endCursor` of the previous page.' }),
    },
    resolve: async (_root, args, ctx) => {
      const size = checkRange('first', args.first ?? DEFAULT_EVENTS, 1, MAX_EVENTS);
      const keyset = decodeTimelineCursor(args.after);
      const types = args.relationTypes ?? [];
      const events = await timeline(ctx.db, {
        from: args.from ?? null,
        to: args.to ?? null,
        types,
        ...keyset,
        limit: size + 1,
      });
      return {
        items: events.slice(0, size),
        hasNextPage: events.length > size,
        hasPreviousPage: keyset.afterId !== '',
        cursorOf: encodeTimelineCursor,
        undated: () => undatedCount(ctx.db, types),
      };
    },
  }),
}));
