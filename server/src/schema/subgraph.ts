import { builder } from '../builder';
import type { SubgraphRows } from '../db/records';
import { neighborhood, startView, subgraphOf, wholeGraph } from '../db/repository';
import { checkRange, notFound } from '../errors';
import { RelationStatusEnum, RelationTypeEnum } from './enums';
import { selects } from './selection';
import { EntityRef, RelationRef, primeEntities } from './refs';
import type { Context } from '../context';

export const MAX_NODES = 500;
/** The most relations a start view (`graph`, `overview`) may be asked to return. */
export const MAX_EDGES = 50_000;

/**
 * A start view's cap on relations when the query names none: about four per entity of its
 * `limit`, at least 2,000. Each entity keeps its strongest links, the answer stays a fraction of
 * a megabyte at a million relations, and a 5,000-entity view of 20,000 relations comes whole.
 */
const defaultMaxEdges = (limit: number) => Math.max(2000, 4 * limit);

/** A start view's `maxEdges` argument, checked, or its default for `limit`. */
export const maxEdgesArg = (maxEdges: number | null | undefined, limit: number) =>
  checkRange('maxEdges', maxEdges ?? defaultMaxEdges(limit), 1, MAX_EDGES);

/** The `maxEdges` argument of the start views. */
export const MAX_EDGES_DESCRIPTION = `Most relations to return, 1-${MAX_EDGES.toLocaleString('en-US')}; by default four per entity of \`limit\`, at least 2,000. When the entities have more relations among them, each entity's links to the most connected others are kept first, and \`hiddenEdges\` says how many were left out.`;

/** The `asOf` argument: what had happened or been announced by a date (contract 2). */
const AS_OF_DESCRIPTION =
  'Only relations that are undated or dated (date, or start of a period) on or before this date, compared as text: "2025-10" keeps "2025" and "2025-10" but not "2025-10-30".';

export const Subgraph = builder.objectRef<SubgraphRows>('Subgraph').implement({
  description: 'A set of entities and the relations among them.',
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      resolve: (g) => g.nodes,
      description: 'Entities, nearest first, then by id.',
    }),
    edges: t.field({
      type: [RelationRef],
      resolve: (g) => g.edges,
      description: 'Relations among those entities, by id.',
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when `limit` left out entities that matched.',
    }),
    total: t.int({
      nullable: true,
      resolve: (g) => g.total,
      description:
        'How many entities match in all, `nodes` and those the limit left out; null when the limit stopped the search before it could count them (a hub whose nearer neighbours fill the limit), see `totalAtLeast`.',
    }),
    totalAtLeast: t.exposeInt('totalAtLeast', {
      description: 'A lower bound of `total`, always known: at least this many entities match.',
    }),
    hiddenEdges: t.int({
      resolve: (g) => g.hiddenEdges ?? 0,
      description:
        "Relations among `nodes` left out of `edges` by a start view's `maxEdges`; 0 when `edges` holds every one.",
    }),
  }),
});

/** Primes the entity loader so edges' endpoints resolve without another query. */
function primed(rows: SubgraphRows, ctx: Context): SubgraphRows {
  primeEntities(ctx, rows.nodes);
  return rows;
}

builder.queryFields((t) => ({
  graph: t.field({
    type: Subgraph,
    description:
      'The whole graph (most connected entities first if `limit` cuts it). The article graph is small.',
    args: {
      limit: t.arg.int({ defaultValue: MAX_NODES, description: `Most entities to return, 1-${MAX_NODES}.` }),
      asOf: t.arg({ type: 'Date', required: false, description: AS_OF_DESCRIPTION }),
      maxEdges: t.arg.int({ required: false, description: MAX_EDGES_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = checkRange('limit', args.limit ?? MAX_NODES, 1, MAX_NODES);
      const maxEdges = maxEdgesArg(args.maxEdges, limit);
      const asOf = args.asOf ?? null;
      // Two cached views: the uncut one per limit, read once per graph version whatever the date
      // and cap, and each date's cut of it (a filter and capEdges' sort, also kept).
      const version = await ctx.views.version(ctx.db);
      const rows = await ctx.views.readAt(
        version,
        ctx.db,
        `graph ${limit} ${maxEdges} ${asOf ?? ''}`,
        async (db) =>
          startView(
            await ctx.views.readAt(version, db, `graph ${limit}`, (inner) => wholeGraph(inner, limit)),
            asOf,
            maxEdges,
          ),
      );
      return primed(rows, ctx);
    },
  }),
  subgraph: t.field({
    type: Subgraph,
    description:
      'The entities with these ids, the two ends of the relations with these ids, and every relation among them: a view of the explorer as one query. Unknown ids are ignored.',
    args: {
      ids: t.arg.idList({ required: true, description: `Entity and relation ids, at most ${MAX_NODES}.` }),
      limit: t.arg.int({ defaultValue: MAX_NODES, description: `Most entities to return, 1-${MAX_NODES}.` }),
      asOf: t.arg({ type: 'Date', required: false, description: AS_OF_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.ids.map(String);
      checkRange('ids', ids.length, 0, MAX_NODES);
      const limit = checkRange('limit', args.limit ?? MAX_NODES, 1, MAX_NODES);
      return primed(await subgraphOf(ctx.db, ids, limit, args.asOf ?? null), ctx);
    },
  }),
  neighborhood: t.field({
    type: Subgraph,
    description:
      'Entities within `depth` hops of one entity, with the relations among them. Deterministic: nearest first, then by id.',
    args: {
      id: t.arg.id({ required: true, description: 'The centre entity.' }),
      depth: t.arg.int({ defaultValue: 1, description: 'Hops from the centre, 1-3.' }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: 'Follow only these types.',
      }),
      statuses: t.arg({
        type: [RelationStatusEnum],
        required: false,
        description: 'Follow only these statuses.',
      }),
      limit: t.arg.int({ defaultValue: 100, description: `Most entities to return, 1-${MAX_NODES}.` }),
      asOf: t.arg({ type: 'Date', required: false, description: AS_OF_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx, info) => {
      const id = String(args.id);
      const rows = await neighborhood(ctx.db, {
        // A hub's neighbours are counted only for these fields (the explorer asks for neither).
        count: selects(info, ['total', 'totalAtLeast']),
        id,
        depth: checkRange('depth', args.depth ?? 1, 1, 3),
        limit: checkRange('limit', args.limit ?? 100, 1, MAX_NODES),
        types: args.relationTypes ?? [],
        statuses: args.statuses ?? [],
        asOf: args.asOf ?? null,
      });
      if (!rows) throw notFound('entity', id, 'id');
      return primed(rows, ctx);
    },
  }),
}));
