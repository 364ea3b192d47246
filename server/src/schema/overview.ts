import { builder } from '../builder';
import { overview, type OverviewRows } from '../db/overview';
import { badInput, checkRange } from '../errors';
import type { EntityType } from '@trade-truce/vocabulary';
import { EntityTypeEnum } from './enums';
import { EntityRef, RelationRef, SourceRef, loadSources, primeEntities } from './refs';
import { MAX_EDGES_DESCRIPTION, maxEdgesArg } from './subgraph';

/** Most entities one overview returns: the explorer draws up to this many with WebGL. */
export const MAX_OVERVIEW = 5000;
/** Default size of the start view: readable at a glance, fast to lay out. */
export const DEFAULT_OVERVIEW = 150;

interface TypeTotalShape {
  type: EntityType;
  total: number;
  shown: number;
}

const EntityTypeTotal = builder.objectRef<TypeTotalShape>('EntityTypeTotal').implement({
  description: 'How many entities of one type the graph holds, and how many of them a view shows.',
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, resolve: (s) => s.type, description: 'The entity type.' }),
    total: t.exposeInt('total', { description: 'Entities of this type in the whole graph.' }),
    shown: t.exposeInt('shown', { description: 'Of those, how many this view returns.' }),
  }),
});

/** Ids of the sources a view's entities and relations cite, each once, sorted. */
function citedSources(view: OverviewRows): string[] {
  const ids = new Set<string>();
  for (const n of view.nodes) for (const id of n.sourceIds) ids.add(id);
  for (const e of view.edges) {
    for (const id of e.sourceIds) ids.add(id);
    if (e.citedVia) ids.add(e.citedVia);
  }
  return [...ids].sort();
}

const Overview = builder.objectRef<OverviewRows>('Overview').implement({
  description:
    'A start view of a graph of any size: its most connected entities, the relations among them, and what is left out.',
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      resolve: (o) => o.nodes,
      description: 'The most connected entities (by degree, then id), then the included ones.',
    }),
    edges: t.field({
      type: [RelationRef],
      resolve: (o) => o.edges,
      description:
        'The relations among those entities, by id: every one, unless `maxEdges` cut them (see `hiddenEdges`).',
    }),
    sources: t.field({
      type: [SourceRef],
      resolve: (o, _args, ctx) => loadSources(ctx, citedSources(o)),
      description:
        'The sources these entities and relations cite (`sources` and `citedVia`), by id: what the view needs to show its citations, however many sources the graph holds.',
    }),
    hiddenEdges: t.int({
      resolve: (o) => o.hiddenEdges ?? 0,
      description:
        'Relations among `nodes` left out of `edges` by `maxEdges`; 0 when `edges` holds every one.',
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the view leaves entities out: it is partial, not the whole graph.',
    }),
    entities: t.exposeInt('entities', { description: 'Entities in the whole graph.' }),
    relations: t.exposeInt('relations', { description: 'Relations in the whole graph.' }),
    entityTypes: t.field({
      type: [EntityTypeTotal],
      description: 'Per entity type: how many the graph holds and how many are shown, most first.',
      resolve: (o) => {
        const shown = new Map<string, number>();
        for (const n of o.nodes) shown.set(n.type, (shown.get(n.type) ?? 0) + 1);
        return o.entityTypes
          .map((e) => ({ ...e, shown: shown.get(e.type) ?? 0 }))
          .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
      },
    }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: Overview,
    description:
      'A start view for a graph of any size: the `limit` most connected entities with the relations among them, plus the `include`d ones, and totals that say what the view leaves out. A graph with at most `limit` entities comes back whole.',
    args: {
      limit: t.arg.int({
        defaultValue: DEFAULT_OVERVIEW,
        description: `How many of the most connected entities, 1-${MAX_OVERVIEW}.`,
      }),
      include: t.arg.idList({
        required: false,
        description: `Entities to add whatever their degree (e.g. those a shared link names), at most ${MAX_OVERVIEW}.`,
      }),
      maxEdges: t.arg.int({ required: false, description: MAX_EDGES_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = checkRange('limit', args.limit ?? DEFAULT_OVERVIEW, 1, MAX_OVERVIEW);
      const maxEdges = maxEdgesArg(args.maxEdges, limit);
      const include = (args.include ?? []).map(String);
      if (include.length > MAX_OVERVIEW) {
        throw badInput('include', `lists at most ${MAX_OVERVIEW} ids, got ${include.length}`, {
          max: MAX_OVERVIEW,
        });
      }
      const ids = [...new Set(include)].sort();
      const rows = await ctx.views.read(ctx.db, `overview ${limit} ${maxEdges} ${ids.join(' ')}`, (db) =>
        overview(db, limit, ids, maxEdges),
      );
      primeEntities(ctx, rows.nodes);
      return rows;
    },
  }),
);
