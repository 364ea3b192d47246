import { builder } from '../builder';
import { countEntities, entitiesPage } from '../db/repository';
import type { RelationRow } from '../db/records';
import { connectionType, decodeCursor, encodeCursor, keysetPage, pageSize, type Page } from './pagination';
import { DirectionEnum, EntityTypeEnum, RelationStatusEnum, RelationTypeEnum } from './enums';
import { EntityRef, RelationRef, SourceRef, isSource } from './refs';
import { checkSearchText } from './text';

const EntityRelationsConnection = connectionType<RelationRow>('EntityRelations', RelationRef, 'relation');

EntityRef.implement({
  description: 'A person, agency, country, organisation, policy, event ... of the story.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable slug, e.g. "mss" or "salt-typhoon".' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type, description: 'The kind of entity.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names, e.g. "MSS".' }),
    description: t.exposeString('description', { description: 'What the source says it is, in our words.' }),
    degree: t.exposeInt('degree', { description: 'Number of relations it takes part in.' }),
    sources: t.field({
      type: [SourceRef],
      description: 'Where the description comes from.',
      resolve: async (e, _args, ctx) => (await ctx.loaders.source.loadMany(e.sourceIds)).filter(isSource),
    }),
    relations: t.field({
      type: EntityRelationsConnection,
      description: 'Relations this entity takes part in, in relation-id order, filtered and paged.',
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'Which end it is on.' }),
        types: t.arg({
          type: [RelationTypeEnum],
          required: false,
          description: 'Only these relation types.',
        }),
        statuses: t.arg({ type: [RelationStatusEnum], required: false, description: 'Only these statuses.' }),
        first: t.arg.int({ required: false, description: 'Page size, 1-100 (default 20).' }),
        after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
      },
      resolve: async (e, args, ctx): Promise<Page<RelationRow>> => {
        const size = pageSize(args.first);
        const after = decodeCursor(args.after);
        const filter = {
          direction: args.direction ?? 'BOTH',
          other: '',
          types: args.types ?? [],
          statuses: args.statuses ?? [],
          asOf: null,
        };
        const rows = await ctx.loaders.relationsOf({ ...filter, after, limit: size + 1 }).load(e.id);
        const unfiltered = filter.direction === 'BOTH' && !filter.types.length && !filter.statuses.length;
        return {
          items: rows.slice(0, size),
          hasNextPage: rows.length > size,
          hasPreviousPage: after !== '',
          cursorOf: (r) => encodeCursor(r.id),
          // Unfiltered, the count is the degree already at hand; filtered, one batched count.
          count: async () => (unfiltered ? e.degree : ctx.loaders.countRelationsOf(filter).load(e.id)),
        };
      },
    }),
  }),
});

const EntityConnection = connectionType('Entity', EntityRef, 'entity');

const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Narrows entities() by type and by a substring of the name or an alias.',
  fields: (t) => ({
    types: t.field({ type: [EntityTypeEnum], required: false, description: 'Only these types.' }),
    search: t.string({ required: false, description: 'Case-insensitive substring of the name or an alias.' }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'One entity by id, or null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Entity id, e.g. "mss".' }) },
    resolve: (_root, args, ctx) => ctx.loaders.entity.load(String(args.id)),
  }),
  entities: t.field({
    type: EntityConnection,
    description:
      'All entities in id order, filtered, as a cursor connection (default 20, at most 100 a page).',
    args: {
      filter: t.arg({ type: EntityFilter, required: false }),
      first: t.arg.int({ required: false, description: 'Page size, 1-100 (default 20).' }),
      after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = {
        types: args.filter?.types ?? [],
        search: args.filter?.search ? checkSearchText('filter.search', args.filter.search).toLowerCase() : '',
      };
      const page = await keysetPage(
        (after, limit) => entitiesPage(ctx.db, filter, after, limit),
        args,
        () => countEntities(ctx.db, filter),
      );
      ctx.loaders.primeEntities(page.items);
      return page;
    },
  }),
}));
