import DataLoader from 'dataloader';
import { builder } from '../builder';
import { allSources } from '../db/repository';
import type { RelationRow } from '../db/records';
import { countRelationsOfSources, relationsOfSources } from '../db/relations';
import { SourceKindEnum } from './enums';
import { connectionType, pageOf, pageWindow, type Page } from './pagination';
import { RelationRef, SourceRef, loadSources } from './refs';
import { badInput } from '../errors';

/** Most sources one `sources(ids:)` asks for: a client fetching what a view cites asks in pages. */
export const MAX_SOURCE_IDS = 1000;

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
    relations: t.loadable({
      type: SourceRelationsConnection,
      description: 'The relations this source supports, in id order.',
      args: {
        first: t.arg.int({ required: false, description: 'Page size, 1-100 (default 20).' }),
        after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
      },
      // One loader per query path: the listed sources share one query, and their arguments.
      byPath: true,
      resolve: (s) => s.id,
      load: async (ids: string[], ctx, args): Promise<Page<RelationRow>[]> => {
        const window = pageWindow(args);
        const found = await relationsOfSources(ctx.db, ids, window.after, window.limit);
        // The counts of the listed sources are one query, run only if one is asked for.
        const counts = new DataLoader<string, number>(async (keys) => {
          const totals = await countRelationsOfSources(ctx.db, keys);
          return keys.map((id) => totals.get(id) ?? 0);
        });
        return ids.map((id) => pageOf(found.get(id) ?? [], window, () => counts.load(id)));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: `Every source: the article first, then the outlets it cites. With \`ids\`, only those (at most ${MAX_SOURCE_IDS}), in that order; ids that name no source are left out.`,
    args: {
      ids: t.arg.idList({ required: false, description: `Only these sources, at most ${MAX_SOURCE_IDS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.ids) {
        if (args.ids.length > MAX_SOURCE_IDS) {
          throw badInput('ids', `lists at most ${MAX_SOURCE_IDS} ids, got ${args.ids.length}`, {
            max: MAX_SOURCE_IDS,
          });
        }
        return loadSources(ctx, [...new Set(args.ids.map(String))]);
      }
      const sources = await allSources(ctx.db);
      const loader = SourceRef.getDataloader(ctx);
      for (const s of sources) loader.prime(s.id, s);
      return sources;
    },
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'One source by id, or null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => SourceRef.getDataloader(ctx).load(String(args.id)),
  }),
}));
