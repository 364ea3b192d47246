import DataLoader from 'dataloader';
import { builder } from '../builder';
import { countEntities, entitiesPage } from '../db/repository';
import type { EntityRow, RelationRow } from '../db/records';
import { countRelationsOfEntities, relationsOfEntities } from '../db/relations';
import { connectionType, keysetPage, pageOf, pageWindow, type Page } from './pagination';
import { DirectionEnum, EntityTypeEnum, RelationStatusEnum, RelationTypeEnum } from './enums';
import { EntityRef, RelationRef, SourceRef, loadEntity, loadSources, primeEntities } from './refs';
import { checkSearchText } from './text';

const EntityRelationsConnection = connectionType<RelationRow>('EntityRelations', RelationRef, 'relation');

EntityRef.implement({
  description: 'A person, agency, country, organisation, policy, event ... of the story.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable slug, e.g. "mss" or "salt-typhoon".' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type, description: 'The kind of entity.' }),
    aliases: t.stringList({
      description: 'Other names, e.g. "MSS".',
      // A bulk-imported entity with no other names stores no list (records.ts): the same [].
      resolve: (e) => e.aliases ?? [],
    }),
    description: t.exposeString('description', { description: 'What the source says it is, in our words.' }),
    degree: t.exposeInt('degree', { description: 'Number of relations it takes part in.' }),
    sources: t.field({
      type: [SourceRef],
      description: 'Where the description comes from.',
      resolve: (e, _args, ctx) => loadSources(ctx, e.sourceIds),
    }),
    relations: t.loadable({
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
      // One loader per query path: the page's entities share one query, and their arguments.
      byPath: true,
      loaderOptions: { cacheKeyFn: (e: EntityRow) => e.id },
      resolve: (e) => e,
      load: async (entities: EntityRow[], ctx, args): Promise<Page<RelationRow>[]> => {
        const window = pageWindow(args);
        const filter = {
          direction: args.direction ?? 'BOTH',
          other: '',
          types: args.types ?? [],
          statuses: args.statuses ?? [],
          asOf: null,
        };
        const ids = entities.map((e) => e.id);
        const found = await relationsOfEntities(ctx.db, ids, {
          ...filter,
          after: window.after,
          limit: window.limit,
        });
        const unfiltered = filter.direction === 'BOTH' && !filter.types.length && !filter.statuses.length;
        // Filtered, the counts of the page's entities are one query, run only if one is asked.
        const counts = new DataLoader<string, number>(async (keys) => {
          const totals = await countRelationsOfEntities(ctx.db, keys, filter);
          return keys.map((id) => totals.get(id) ?? 0);
        });
        return entities.map((e) =>
          pageOf(found.get(e.id) ?? [], window, async () => (unfiltered ? e.degree : counts.load(e.id))),
        );
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
    resolve: (_root, args, ctx) => loadEntity(ctx, String(args.id)),
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
      primeEntities(ctx, page.items);
      return page;
    },
  }),
}));
