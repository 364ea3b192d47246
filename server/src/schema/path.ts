import { builder } from '../builder';
import { shortestPaths, type PathRows } from '../db/paths';
import { badInput, checkRange, notFound } from '../errors';
import { EntityTypeEnum, RelationTypeEnum } from './enums';
import { EntityRef, RelationRef, primeEntities } from './refs';

const MAX_LENGTH = 6;
const MAX_K = 10;

const Path = builder.objectRef<PathRows>('Path').implement({
  description: 'A chain of relations from one entity to another, in walking order.',
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      resolve: (p) => p.nodes,
      description: 'Entities from start to end.',
    }),
    edges: t.field({
      type: [RelationRef],
      resolve: (p) => p.edges,
      description: 'Relations between consecutive nodes; each keeps its own direction (from/to).',
    }),
    length: t.int({ resolve: (p) => p.edges.length, description: 'Number of relations.' }),
  }),
});

const pathArgs = builder.args((t) => ({
  from: t.id({ required: true, description: 'Start entity id.' }),
  to: t.id({ required: true, description: 'End entity id.' }),
  maxLength: t.int({ defaultValue: MAX_LENGTH, description: `Most relations in a path, 1-${MAX_LENGTH}.` }),
  relationTypes: t.field({
    type: [RelationTypeEnum],
    required: false,
    description: 'Walk only these types.',
  }),
  excludeTypes: t.field({
    type: [EntityTypeEnum],
    required: false,
    description: 'Never pass through entities of these types (e.g. Country, to avoid hubs).',
  }),
  excludeIds: t.idList({ required: false, description: 'Never pass through these entities.' }),
  maxDegree: t.int({
    required: false,
    description:
      'Never pass through an entity with more relations than this in the whole graph (its `degree`): avoids hubs. The two ends are always allowed.',
  }),
}));

type PathArgs = {
  from: string | number;
  to: string | number;
  maxLength?: number | null;
  relationTypes?: Parameters<typeof shortestPaths>[1]['types'] | null;
  excludeTypes?: Parameters<typeof shortestPaths>[1]['excludeTypes'] | null;
  excludeIds?: Array<string | number> | null;
  maxDegree?: number | null;
};

async function findPaths(ctx: import('../context').Context, args: PathArgs, k: number): Promise<PathRows[]> {
  const from = String(args.from);
  const to = String(args.to);
  if (from === to) throw badInput('to', 'must differ from "from"');
  const result = await shortestPaths(ctx.db, {
    from,
    to,
    k,
    maxLength: checkRange('maxLength', args.maxLength ?? MAX_LENGTH, 1, MAX_LENGTH),
    types: args.relationTypes ?? [],
    excludeTypes: args.excludeTypes ?? [],
    excludeIds: (args.excludeIds ?? []).map(String),
    maxDegree:
      args.maxDegree === null || args.maxDegree === undefined
        ? null
        : checkRange('maxDegree', args.maxDegree, 0, 1_000_000_000),
  });
  if (!result.fromExists) throw notFound('entity', from, 'from');
  if (!result.toExists) throw notFound('entity', to, 'to');
  for (const path of result.paths) primeEntities(ctx, path.nodes);
  return result.paths;
}

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: Path,
    nullable: true,
    description:
      'The shortest path between two entities (the first of `paths`), or null when none is within maxLength.',
    args: pathArgs,
    resolve: async (_root, args, ctx) => (await findPaths(ctx, args, 1))[0] ?? null,
  }),
  paths: t.field({
    type: [Path],
    description:
      'The k shortest distinct paths (distinct entity sequences), shortest first, then by their entity ids. Exact when k paths of the shortest length exist; otherwise the rest are the shortest detours around each step of the first (the second shortest path is always among them).',
    args: { ...pathArgs, k: t.arg.int({ defaultValue: 3, description: `How many paths, 1-${MAX_K}.` }) },
    resolve: (_root, args, ctx) => findPaths(ctx, args, checkRange('k', args.k ?? 3, 1, MAX_K)),
  }),
}));
