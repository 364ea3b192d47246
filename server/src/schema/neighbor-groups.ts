import { builder } from '../builder';
import type { EntityRow, SubgraphRows } from '../db/records';
import { neighborGroupPage, neighborGroups, type NeighborGroupRow } from '../db/overview';
import { badInput, checkRange, notFound } from '../errors';
import { EntityTypeEnum, RelationTypeEnum } from './enums';
import { EntityRef, RelationRef, primeEntities } from './refs';

/** Largest page of a group. */
export const MAX_GROUP_PAGE = 200;
/** Most ids `context` may list (the largest view the explorer draws). */
export const MAX_CONTEXT = 5000;

const SideEnum = builder.enumType('Side', {
  description: 'Which way a relation points, seen from the entity asked about.',
  values: {
    OUTGOING: { description: 'The entity is the relation\u2019s `from`.' },
    INCOMING: { description: 'The entity is the relation\u2019s `to`.' },
  },
});

const NeighborGroup = builder.objectRef<NeighborGroupRow>('NeighborGroup').implement({
  description:
    'Neighbours of one entity that share a relation type, a direction and an entity type, e.g. "812 Person via MEMBER_OF (incoming)".',
  fields: (t) => ({
    relationType: t.field({
      type: RelationTypeEnum,
      resolve: (g) => g.relationType,
      description: 'The relation type linking them to the entity.',
    }),
    direction: t.field({
      type: SideEnum,
      resolve: (g) => (g.outgoing ? 'OUTGOING' : 'INCOMING'),
      description: 'OUTGOING when the entity is the relations\u2019 `from`.',
    }),
    entityType: t.field({
      type: EntityTypeEnum,
      resolve: (g) => g.entityType,
      description: 'The type of the neighbours.',
    }),
    count: t.exposeInt('count', { description: 'How many neighbours the group holds.' }),
  }),
});

const NeighborGroups = builder
  .objectRef<{ entity: EntityRow; groups: NeighborGroupRow[] }>('NeighborGroups')
  .implement({
    description: 'An entity\u2019s neighbours summarised as groups instead of listed.',
    fields: (t) => ({
      entity: t.field({ type: EntityRef, resolve: (g) => g.entity, description: 'The entity.' }),
      groups: t.field({
        type: [NeighborGroup],
        resolve: (g) => g.groups,
        description: 'Largest first; a neighbour linked in two ways is in two groups.',
      }),
    }),
  });

const NeighborPage = builder
  .objectRef<SubgraphRows & { endCursor: string | null }>('NeighborPage')
  .implement({
    description: 'One page of a neighbour group, most connected first.',
    fields: (t) => ({
      nodes: t.field({
        type: [EntityRef],
        resolve: (p) => p.nodes,
        description: 'The page\u2019s neighbours.',
      }),
      edges: t.field({
        type: [RelationRef],
        resolve: (p) => p.edges,
        description:
          'Their relations to the entity, among themselves, and to the entities listed in `context`.',
      }),
      hasNextPage: t.boolean({ resolve: (p) => p.truncated, description: 'Another page follows.' }),
      endCursor: t.exposeString('endCursor', {
        nullable: true,
        description: 'Pass as `after` for the next page.',
      }),
    }),
  });

/** Cursors carry the last neighbour's degree and id: the page order's keyset. */
function encodeGroupCursor(row: EntityRow): string {
  return Buffer.from(`deg:${row.degree}:${row.id}`).toString('base64url');
}

function decodeGroupCursor(cursor: string | null | undefined): { degree: number; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  const match = /^deg:(\d{1,9}):([a-z0-9-]{1,200})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', 'is not a cursor this API issued');
  return { degree: Number(match[1]), id: match[2] ?? '' };
}

builder.queryFields((t) => ({
  neighborGroups: t.field({
    type: NeighborGroups,
    description:
      'The neighbours of one entity counted by relation type, direction and entity type, largest group first: how the explorer expands a hub with thousands of neighbours.',
    args: { id: t.arg.id({ required: true, description: 'The entity.' }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      const result = await neighborGroups(ctx.db, id);
      if (!result) throw notFound('entity', id, 'id');
      primeEntities(ctx, [result.entity]);
      return result;
    },
  }),
  neighborGroup: t.field({
    type: NeighborPage,
    description: 'One page of one neighbour group (see neighborGroups), most connected first.',
    args: {
      id: t.arg.id({ required: true, description: 'The entity whose neighbours these are.' }),
      relationType: t.arg({
        type: RelationTypeEnum,
        required: true,
        description: 'The group\u2019s relation type.',
      }),
      direction: t.arg({ type: SideEnum, required: true, description: 'The group\u2019s direction.' }),
      entityType: t.arg({
        type: EntityTypeEnum,
        required: true,
        description: 'The group\u2019s entity type.',
      }),
      first: t.arg.int({ defaultValue: 50, description: `Page size, 1-${MAX_GROUP_PAGE}.` }),
      after: t.arg.string({ required: false, description: 'endCursor of the previous page.' }),
      context: t.arg.idList({
        required: false,
        description: `Entities already shown (at most ${MAX_CONTEXT}): relations to them come back too.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      const context = (args.context ?? []).map(String);
      if (context.length > MAX_CONTEXT) {
        throw badInput('context', `lists at most ${MAX_CONTEXT} ids, got ${context.length}`, {
          max: MAX_CONTEXT,
        });
      }
      const page = await neighborGroupPage(ctx.db, {
        id,
        relationType: args.relationType,
        outgoing: args.direction === 'OUTGOING',
        entityType: args.entityType,
        first: checkRange('first', args.first ?? 50, 1, MAX_GROUP_PAGE),
        after: decodeGroupCursor(args.after),
        context,
      });
      if (!page) throw notFound('entity', id, 'id');
      primeEntities(ctx, page.nodes);
      const last = page.nodes[page.nodes.length - 1];
      return { ...page, endCursor: last ? encodeGroupCursor(last) : null };
    },
  }),
}));
