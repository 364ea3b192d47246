import { useApi } from '../support/api';

/**
 * A query that repeats is executed by graphql-jit (server/src/compiled-execution.ts) once its
 * second run has scheduled the compilation: its answers must be the ones graphql-js gave the first time, to the byte for
 * data, and to the code, path and location for errors.
 */
const api = useApi();

/**
 * The same request four times, one after the other: the first two through graphql-js (the
 * second schedules the compilation, done before the next request is read), the others compiled.
 */
async function repeated(query: string, variables: Record<string, unknown> = {}) {
  const runs = [];
  for (let i = 0; i < 4; i += 1) runs.push(await api.gql(query, variables));
  return runs;
}

const RICH = `query Rich($id: ID!, $depth: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, limit: 30, relationTypes: $types) {
    truncated total totalAtLeast
    nodes { __typename id name type aliases degree sources { id title } }
    edges { ...Edge }
  }
  entity(id: $id) {
    id
    relations(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { ...Edge } }
  }
  missing: entity(id: "no-such-entity") { id }
}
fragment Edge on Relation { id type status date summary from { id } to { id name } sources { id } }`;

describe('repeated queries (compiled after the first run)', () => {
  it('answer exactly what graphql-js answered, round trips included', async () => {
    const runs = await repeated(RICH, {
      id: 'china',
      depth: 2,
      types: ['SANCTIONED', 'HACKED', 'TRADED_FOR'],
    });
    const [first] = runs;
    expect(first?.status).toBe(200);
    expect(first?.body.errors).toBeUndefined();
    expect(first?.body.data).toMatchObject({ missing: null, entity: { id: 'china' } });
    for (const run of runs) expect(run).toEqual(first);
  });

  it('refuse variables that do not coerce with the same 400 every time', async () => {
    const runs = await repeated('query($limit: Int) { graph(limit: $limit) { total } }', { limit: 'many' });
    for (const run of runs) {
      expect(run.status).toBe(400);
      expect(run.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(run.body).toEqual(runs[0]?.body);
    }
  });

  it('answer a resolver error with its code, path and location, beside the fields that worked', async () => {
    const query =
      '{ ok: entity(id: "mss") { id }\n  capped: entity(id: "mss") { relations(first: 0) { totalCount } } }';
    const runs = await repeated(query);
    for (const run of runs) {
      expect(run.status).toBe(200);
      expect(run.body.data).toEqual({ ok: { id: 'mss' }, capped: null });
      const [error] = run.body.errors ?? [];
      expect(error).toMatchObject({
        path: ['capped', 'relations'],
        locations: [{ line: 2, column: 31 }],
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(run.body.errors).toEqual(runs[0]?.body.errors);
    }
  });
});
