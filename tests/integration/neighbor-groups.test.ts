/**
 * Grouped hub expansion against the seeded article graph: an entity's neighbours counted by
 * relation type, direction and entity type, and each group paged, most connected first.
 */
import { useApi } from '../support/api';

const api = useApi();

const GROUPS = `query($id: ID!) { neighborGroups(id: $id) {
  entity { id degree }
  groups { relationType direction entityType count }
} }`;
const PAGE = `query($id: ID!, $relationType: RelationType!, $direction: Side!, $entityType: EntityType!, $first: Int, $after: String, $context: [ID!]) {
  neighborGroup(id: $id, relationType: $relationType, direction: $direction, entityType: $entityType, first: $first, after: $after, context: $context) {
    nodes { id type degree }
    edges { id type from { id } to { id } }
    hasNextPage endCursor
  }
}`;

interface Group {
  relationType: string;
  direction: 'OUTGOING' | 'INCOMING';
  entityType: string;
  count: number;
}

/** The fixture entity with the most relations: the article graph's biggest hub. */
function hub(): string {
  const degree = new Map<string, number>();
  for (const r of api.fixtures.relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** Each group's members, computed from the fixtures alone. */
function fixtureGroups(id: string): Map<string, Set<string>> {
  const typeOf = new Map(api.fixtures.entities.map((e) => [e.id, e.type]));
  const groups = new Map<string, Set<string>>();
  for (const r of api.fixtures.relations) {
    if ((r.from !== id && r.to !== id) || r.from === r.to) continue;
    const outgoing = r.from === id;
    const other = outgoing ? r.to : r.from;
    const key = `${r.type} ${outgoing ? 'OUTGOING' : 'INCOMING'} ${typeOf.get(other)}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(other));
  }
  return groups;
}

const keyOf = (g: Group) => `${g.relationType} ${g.direction} ${g.entityType}`;

test("a hub's neighbours come as groups by relation type, direction and entity type, largest first", async () => {
  const id = hub();
  const { neighborGroups } = await api.data(GROUPS, { id });
  const expected = fixtureGroups(id);
  expect(neighborGroups.entity.id).toBe(id);
  const groups: Group[] = neighborGroups.groups;
  expect(new Set(groups.map(keyOf))).toEqual(new Set(expected.keys()));
  for (const g of groups) expect(g.count).toBe(expected.get(keyOf(g))?.size);
  const counts = groups.map((g) => g.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test('a group pages through all its members, most connected first, each with its relation to the hub', async () => {
  const id = hub();
  const { neighborGroups } = await api.data(GROUPS, { id });
  const group: Group = neighborGroups.groups[0];
  const members = fixtureGroups(id).get(keyOf(group)) ?? new Set();
  expect(members.size).toBeGreaterThan(1);
  const seen: Array<{ id: string; degree: number }> = [];
  let after: string | null = null;
  for (let pages = 0; pages <= members.size; pages++) {
    const data: any = await api.data(PAGE, { id, ...group, count: undefined, first: 1, after });
    const page = data.neighborGroup;
    expect(page.nodes).toHaveLength(1);
    const [node] = page.nodes;
    seen.push(node);
    const link = page.edges.find(
      (e: any) =>
        e.type === group.relationType &&
        (group.direction === 'OUTGOING'
          ? e.from.id === id && e.to.id === node.id
          : e.to.id === id && e.from.id === node.id),
    );
    expect(link).toBeDefined();
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  expect(new Set(seen.map((n) => n.id))).toEqual(members);
  expect(seen).toHaveLength(members.size);
  const order = [...seen].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  expect(seen).toEqual(order);
});

test("a page brings its members' relations to the entities listed as context", async () => {
  const id = hub();
  const { neighborGroups } = await api.data(GROUPS, { id });
  const group: Group = neighborGroups.groups[0];
  const first = await api.data(PAGE, { id, ...group, count: undefined, first: 5 });
  const pageIds = new Set<string>(first.neighborGroup.nodes.map((n: { id: string }) => n.id));
  const outside = api.fixtures.relations.find(
    (r) => pageIds.has(r.from) !== pageIds.has(r.to) && r.from !== id && r.to !== id,
  );
  expect(outside).toBeDefined();
  const other = pageIds.has(outside?.from ?? '') ? (outside?.to ?? '') : (outside?.from ?? '');
  const without = first.neighborGroup.edges.map((e: { id: string }) => e.id);
  expect(without).not.toContain(outside?.id);
  const withContext = await api.data(PAGE, { id, ...group, count: undefined, first: 5, context: [other] });
  expect(withContext.neighborGroup.edges.map((e: { id: string }) => e.id)).toContain(outside?.id);
});

test('unknown entities, foreign cursors and oversized pages are refused', async () => {
  const missing = await api.error(GROUPS, { id: 'no-such-entity' });
  expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  const args = { id: hub(), relationType: 'SANCTIONED', direction: 'OUTGOING', entityType: 'Agency' };
  const cursor = await api.error(PAGE, { ...args, after: 'bm90LWEtY3Vyc29y' });
  expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  const big = await api.error(PAGE, { ...args, first: 201 });
  expect(big.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 200 });
  const noEntity = await api.error(PAGE, { ...args, id: 'no-such-entity' });
  expect(noEntity.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
});
