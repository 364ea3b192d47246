import { builder } from '../builder';
import type { EntityRow, RelationRow } from '../db/records';
import type { Context } from '../context';
import { countRelations, relationsPage } from '../db/relations';
import { notFound } from '../errors';
import { RelationStatusEnum, RelationTypeEnum, relationLabel } from './enums';
import { connectionType, keysetPage } from './pagination';
import { EntityRef, RelationRef, SourceRef, loadEntity, loadSources, primedEntity } from './refs';

const Quote = builder.objectRef<{ text: string; speakerId: string }>('Quote').implement({
  description: 'Words a named person said, as the source reports them.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words.' }),
    speaker: t.field({
      type: EntityRef,
      description: 'Who said them.',
      resolve: async (q, _args, ctx) => {
        const speaker = await loadEntity(ctx, q.speakerId);
        if (!speaker) throw new Error(`quote speaker ${q.speakerId} missing`);
        return speaker;
      },
    }),
  }),
});

/**
 * A relation's endpoint: as read with the relation when its query returned it, or among the
 * entities the request already read (both at once, no promise), else from the loader.
 * The graph guarantees it exists, so a miss is an internal error.
 */
function endpoint(
  id: string,
  read: EntityRow | null | undefined,
  ctx: Context,
): EntityRow | Promise<EntityRow> {
  if (read?.id) return read;
  const primed = primedEntity(ctx, id);
  if (primed) return primed;
  return loadEntity(ctx, id).then((entity) => {
    if (!entity) throw new Error(`relation endpoint ${id} missing`);
    return entity;
  });
}

RelationRef.implement({
  description: 'A typed, sourced statement: from TYPE to (e.g. Salt Typhoon HACKED US telecoms).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug.' }),
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type, description: 'The kind of relation.' }),
    label: t.string({
      description: 'The type in readable words, e.g. "traded for".',
      resolve: (r) => relationLabel(r.type),
    }),
    from: t.field({
      type: EntityRef,
      description: 'Where it starts.',
      resolve: (r, _a, ctx) => endpoint(r.fromId, r.from, ctx),
    }),
    to: t.field({
      type: EntityRef,
      description: 'Where it ends.',
      resolve: (r, _a, ctx) => endpoint(r.toId, r.to, ctx),
    }),
    status: t.field({ type: RelationStatusEnum, resolve: (r) => r.status, description: 'Where it stands.' }),
    date: t.field({
      type: 'Date',
      nullable: true,
      resolve: (r) => r.date ?? null,
      description: 'When, as precise as the source.',
    }),
    start: t.field({
      type: 'Date',
      nullable: true,
      resolve: (r) => r.start ?? null,
      description: 'Start of a period.',
    }),
    end: t.field({
      type: 'Date',
      nullable: true,
      resolve: (r) => r.end ?? null,
      description: 'End of a period.',
    }),
    summary: t.exposeString('summary', { description: 'One line, in our own words.' }),
    quote: t.field({
      type: Quote,
      nullable: true,
      description: 'An attributed quote supporting it, when a named person said something.',
      resolve: (r) => (r.quote && r.quoteSpeakerId ? { text: r.quote, speakerId: r.quoteSpeakerId } : null),
    }),
    anonymousSource: t.string({
      nullable: true,
      description:
        'When the fact rests on unnamed people, how the cited outlet describes them, in the article\'s words (e.g. "sources familiar with the matter"); null when it does not.',
      resolve: (r) => r.anonymousSource ?? null,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Every source for it: the article, and the outlet it cites.',
      resolve: (r, _args, ctx) => loadSources(ctx, r.sourceIds),
    }),
    citedVia: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The outlet the article cites for it, if it names one.',
      resolve: (r, _args, ctx) => (r.citedVia ? SourceRef.getDataloader(ctx).load(r.citedVia) : null),
    }),
  }),
});

const RelationConnection = connectionType<RelationRow>('Relation', RelationRef, 'relation');

const RelationFilter = builder.inputType('RelationFilter', {
  description: 'Narrows relations() by type, status and endpoints.',
  fields: (t) => ({
    types: t.field({ type: [RelationTypeEnum], required: false, description: 'Only these types.' }),
    statuses: t.field({ type: [RelationStatusEnum], required: false, description: 'Only these statuses.' }),
    from: t.id({ required: false, description: 'Only relations starting at this entity.' }),
    to: t.id({ required: false, description: 'Only relations ending at this entity.' }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    description: 'One relation by id, or null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => RelationRef.getDataloader(ctx).load(String(args.id)),
  }),
  relations: t.field({
    type: RelationConnection,
    description:
      'All relations in id order, filtered, as a cursor connection (default 20, at most 100 a page).',
    args: {
      filter: t.arg({ type: RelationFilter, required: false }),
      first: t.arg.int({ required: false, description: 'Page size, 1-100 (default 20).' }),
      after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = {
        types: args.filter?.types ?? [],
        statuses: args.filter?.statuses ?? [],
        from: args.filter?.from ? String(args.filter.from) : '',
        to: args.filter?.to ? String(args.filter.to) : '',
      };
      for (const end of ['from', 'to'] as const) {
        if (filter[end] && !(await loadEntity(ctx, filter[end]))) {
          throw notFound('entity', filter[end], `filter.${end}`);
        }
      }
      return keysetPage(
        (after, limit) => relationsPage(ctx.db, filter, after, limit),
        args,
        () => countRelations(ctx.db, filter),
      );
    },
  }),
}));
