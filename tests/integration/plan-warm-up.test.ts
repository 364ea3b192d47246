import { recordingDriver } from '../../bench/api/recording-driver';
import { cypher } from '../../server/src/db/cypher';
import { denseParams } from '../../server/src/db/relations';
import { warmQueryPlans } from '../../server/src/db/warm-up';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { planKey } from '../support/plan-key';
import { gql, startServer } from '../support/server';

/**
 * The warm-up at start (server/src/db/warm-up.ts) must plan the costly queries with parameters
 * Neo4j files under the same plan as the explorer's requests: same types, and strings and lists
 * in the same size buckets (tests/support/plan-key.ts). Otherwise the first click on an entity
 * whose id is longer than ten characters paid the whole planning again (0.7-1 s on this machine,
 * measured after `npm start`): the warm-up had planned its queries for an empty id, a bucket no
 * real id falls in.
 */
const SUBGRAPH = `nodes { id } edges { id }`;

/** What a visitor's first minutes in the explorer ask, with ids of both common lengths. */
function visit(relationId: string): Array<[string, Record<string, unknown>]> {
  const neighborhood = `query ($id: ID!, $depth: Int, $relationTypes: [RelationType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, limit: $limit) { ${SUBGRAPH} truncated } }`;
  const path = `query ($from: ID!, $to: ID!, $excludeTypes: [EntityType!], $excludeIds: [ID!], $maxDegree: Int) {
    shortestPath(from: $from, to: $to, excludeTypes: $excludeTypes, excludeIds: $excludeIds, maxDegree: $maxDegree) { length } }`;
  const relations = `query ($id: ID!) { entity(id: $id) { relations(first: 20) { totalCount edges { node { id } } } } }`;
  return [
    ...['mss', 'donald-trump'].flatMap((id): Array<[string, Record<string, unknown>]> => [
      [neighborhood, { id, depth: 1, limit: 500 }],
      [neighborhood, { id, depth: 2, limit: 500 }],
      [neighborhood, { id, depth: 1, limit: 500, relationTypes: ['HACKED'] }],
      [neighborhood, { id, depth: 1, limit: 500, relationTypes: ['HACKED', 'SANCTIONED', 'TARGETED'] }],
      [relations, { id }],
    ]),
    ...[
      ['mss', 'china'],
      ['mss', 'donald-trump'],
      ['donald-trump', 'mss'],
      ['donald-trump', 'salt-typhoon'],
    ].flatMap(([from, to]): Array<[string, Record<string, unknown>]> => [
      [path, { from, to }],
      [path, { from, to, maxDegree: 12 }],
    ]),
    [path, { from: 'mss', to: 'donald-trump', excludeTypes: ['Country'] }],
    [path, { from: 'salt-typhoon', to: 'china', excludeTypes: ['Country'], maxDegree: 12 }],
    // A relation's panel: the relation, its ends and its sources.
    [
      `query ($id: ID!) { relation(id: $id) { id from { id } to { id } sources { id title } } }`,
      { id: relationId },
    ],
    // Loaders batching a few ids, and dozens (a neighbourhood's sources, its nodes' relations).
    [
      `query ($a: ID!, $b: ID!) { a: relation(id: $a) { id } b: relation(id: $b) { id } }`,
      { a: relationId, b: `${relationId}-none` },
    ],
    [
      `query ($id: ID!) { neighborhood(id: $id) { edges { sources { id } } nodes { relations(first: 2) { totalCount } } } }`,
      { id: 'mss' },
    ],
    [
      `query ($from: ID!, $to: ID!) { relations(filter: { from: $from, to: $to }, first: 5) { totalCount } }`,
      { from: 'mss', to: 'salt-typhoon' },
    ],
    [
      `query ($from: ID!, $to: ID!) { relations(filter: { from: $from, to: $to }, first: 5) { totalCount } }`,
      { from: 'mss', to: 'us-holds-all-tough-actions' },
    ],
    [`query ($ids: [ID!]!) { subgraph(ids: $ids) { ${SUBGRAPH} } }`, { ids: ['mss'] }],
    [
      `query ($ids: [ID!]!) { subgraph(ids: $ids) { ${SUBGRAPH} } }`,
      { ids: ['mss', 'china', 'donald-trump'] },
    ],
  ];
}

describe('the query plans warmed at start', () => {
  it("cover every costly query of a visitor's first clicks, ids short and long", async () => {
    const driver = testDriver();
    const recording = recordingDriver(driver);
    const app = await startServer(recording.driver, testNeo4jUri());
    try {
      const warmed = await recording.record(() => warmQueryPlans(recording.driver, 'neo4j'));
      const warmedTexts = new Set(warmed.statements.map((s) => s.text));
      const warmedKeys = new Set(warmed.statements.map((s) => planKey(s.text, s.params)));

      const first = await gql<{ neighborhood: { edges: Array<{ id: string }> } }>(
        app.url,
        `{ neighborhood(id: "mss") { edges { id } } }`,
      );
      const relationId = first.body.data?.neighborhood.edges[0]?.id ?? '';
      expect(relationId).not.toBe('');

      const missed: string[] = [];
      for (const [query, variables] of visit(relationId)) {
        const { result, statements } = await recording.record(() => gql(app.url, query, variables));
        expect(result.body.errors).toBeUndefined();
        for (const s of statements) {
          const key = planKey(s.text, s.params);
          // Only what the warm-up plans at all: the rest plan in milliseconds.
          if (warmedTexts.has(s.text) && !warmedKeys.has(key))
            missed.push(
              `${JSON.stringify(variables)} -> ${key.split('\n').slice(-1)[0]} in\n${s.text.slice(0, 80)}`,
            );
        }
      }
      expect(missed).toEqual([]);

      // A hub's pages as relationsOfEntities asks for them (the article has no entity of over
      // DENSE_ENTITY relations): first and later pages, ids short and long, with a type filter.
      const hubPage = cypher('relations-of-dense-entities');
      for (const [id, after, types] of [
        ['mss', '', []],
        ['donald-trump', relationId, []],
        ['china', 'hacked-1', ['HACKED', 'SANCTIONED']],
      ] as const) {
        for (const direction of ['BOTH', 'OUTGOING'] as const) {
          const key = planKey(hubPage, denseParams(id, { types, direction, after, limit: 20 }));
          expect(warmedKeys.has(key)).toBe(true);
        }
      }
    } finally {
      await app.close();
      await driver.close();
    }
  });
});
