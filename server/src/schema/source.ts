import { builder } from '../builder';
import { allSources } from '../db/repository';
import type { RelationRow } from '../db/records';
import { SourceKindEnum } from './enums';
import { decodeCursor, encodeCursor, pageSize, connectionType, type Page } from './pagination';
import { RelationRef, SourceRef } from './refs';

const SourceRelationsConnection = connectionType<RelationRow>('SourceRelations', RelationRef, 'relation');

SourceRef.implement({
  description: 'A publication behind the facts: the article, or an outlet it cites.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "financial-times".' }),
    title: t.exposeString('title', { description: 'What it is.' }),
    publisher: t.exposeString('publisher', { description: 'Who published it.' }),
    published: t.field({
      type: 'Date',
      nullable: true,
      resolve: (s) => s.published ?? null,
      description: 'When, as precise as known.',
    }),
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind, description: 'The kind of publication.' }),
    url: t.string({
      nullable: true,
      resolve: (s) => s.url ?? null,
      description: 'Where to read it, when known.',
    }),
    relations: t.field({
      type: SourceRelationsConnection,
      description: 'The relations this source supports, in id order.',
      args: {
        first: t.arg.int({ required: false, description: 'Page size, 1-100 (default 20).' }),
        after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
      },
      resolve: async (s, args, ctx): Promise<Page<RelationRow>> => {
        const size = pageSize(args.first);
        const after = decodeCursor(args.after);
        const rows = await ctx.loaders.relationsOfSource({ after, limit: size + 1 }).load(s.id);
        return {
          items: rows.slice(0, size),
          hasNextPage: rows.length > size,
          hasPreviousPage: after !== '',
          cursorOf: (r) => encodeCursor(r.id),
          count: () => ctx.loaders.countRelationsOfSource.load(s.id),
        };
      },
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: 'Every source: the article first, then the outlets it cites.',
    resolve: async (_root, _args, ctx) => {
      const sources = await allSources(ctx.db);
      for (const s of sources) ctx.loaders.source.prime(s.id, s);
      return sources;
    },
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'One source by id, or null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.source.load(String(args.id)),
  }),
}));
