import { countGraph } from '../db/seed';
import { builder } from '../builder';

const GraphStats = builder.objectRef<{ entities: number; relations: number; sources: number }>('GraphStats');
GraphStats.implement({
  description: 'Sizes of the graph.',
  fields: (t) => ({
    entities: t.exposeInt('entities', { description: 'Number of entities.' }),
    relations: t.exposeInt('relations', { description: 'Number of relations between entities.' }),
    sources: t.exposeInt('sources', { description: 'Number of sources.' }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description: 'Counts of entities, relations and sources.',
    resolve: (_root, _args, ctx) => countGraph(ctx.driver, ctx.database),
  }),
);
