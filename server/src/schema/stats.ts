import { builder } from '../builder';
import { graphStats, type StatsRow } from '../db/repository';
import { checkRange } from '../errors';
import { EntityRef, primeEntities } from './refs';

const TypeCount = builder.objectRef<{ type: string; count: number }>('TypeCount').implement({
  description: 'How many of one type.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'Entity or relation type.' }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const GraphStats = builder.objectRef<StatsRow>('GraphStats').implement({
  description: 'Sizes and shape of the graph.',
  fields: (t) => ({
    entities: t.exposeInt('entities', { description: 'Number of entities.' }),
    relations: t.exposeInt('relations', { description: 'Number of relations.' }),
    sources: t.exposeInt('sources', { description: 'Number of sources.' }),
    entityTypes: t.field({
      type: [TypeCount],
      resolve: (s) => s.entityTypes,
      description: 'Entities per type, most first.',
    }),
    relationTypes: t.field({
      type: [TypeCount],
      resolve: (s) => s.relationTypes,
      description: 'Relations per type, most first.',
    }),
    mostConnected: t.field({
      type: [EntityRef],
      resolve: (s) => s.mostConnected,
      description: 'Entities with the most relations.',
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description: 'Counts per entity and relation type, and the most connected entities.',
    args: { top: t.arg.int({ defaultValue: 10, description: 'How many most-connected entities, 1-50.' }) },
    resolve: async (_root, args, ctx) => {
      const stats = await graphStats(ctx.db, checkRange('top', args.top ?? 10, 1, 50));
      primeEntities(ctx, stats.mostConnected);
      return stats;
    },
  }),
);
