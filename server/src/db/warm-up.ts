import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from './cypher';
import { inOneBucket } from './plan-buckets';
import { denseParams, idOrderParams } from './relations';
import { filterParams, NO_FILTER } from './repository';

const int = (value: number) => neo4j.int(value);

/**
 * Neo4j plans a query per parameter types, and a string's or list's size bucket is part of its
 * type (plan-buckets.ts): 2-10 and 11-100 characters are the buckets real ids fall in ("mss",
 * "donald-trump"), so an id parameter is warmed in both. '~' is in no id (ids are slugs), so
 * these match nothing and running them costs only the planning. (An empty id, warmed before,
 * is a bucket of its own that no request uses: the first click on any entity planned again.)
 */
const IDS = ['~'.repeat(10), '~'.repeat(100)];
const [SHORT_ID = '', LONG_ID = ''] = IDS;
/** Filters as the API sends them: none, relation types only (the explorer's), and every kind. */
const NONE = filterParams(NO_FILTER);
const TYPES = filterParams({ ...NO_FILTER, types: ['HACKED'] });
const EVERY = filterParams({ types: ['HACKED'], statuses: ['active'], asOf: '2025' });
const ID_ORDER = idOrderParams({ types: ['HACKED'], statuses: ['active'], asOf: null });

/**
 * The explorer's start view (overview.cypher plans in ~0.3–0.9 s, its 12 type counts and the
 * edges of the kept entities), asked for first by every visitor: planned first, and again at
 * the end of every load, since Neo4j plans again once the statistics it planned with have changed.
 * The overview with `include` [] as the API sends it when no entity is shared.
 */
const START_VIEW: Array<[string, Record<string, unknown>]> = [
  ['graph-version', {}],
  ['overview', { limit: int(1), include: [], maxEdges: int(2000) }],
  ['sources-all', {}],
];

/**
 * Id lists as a request's loaders batch them (refs.ts): one id (a relation's panel), a few (its
 * sources, its two ends), dozens (the sources of a neighbourhood's edges). Each size bucket is a
 * plan of its own; measured at 1M on this machine with Neo4j's caches cleared, relations-by-ids
 * (26 index seeks per id) planned in 2.1 s for one id and 1.2 s again for three.
 */
const ID_LISTS = [1, 2, 11].map((size) => Array.from({ length: size }, () => SHORT_ID));

/** Every pair of an id of each bucket. */
const ID_PAIRS = IDS.flatMap((from) => IDS.map((to) => ({ from, to })));

/**
 * The queries whose plans take long to make (unions over every relation type, subqueries over
 * levels), with parameters of the types and size buckets the API sends (tests/integration/
 * plan-warm-up.test.ts checks a visitor's first clicks against them) and values that match
 * nothing. Neo4j caches a plan per query text and parameter types.
 */
const WARM: Array<[string, Record<string, unknown>]> = [
  ...START_VIEW,
  // A visitor's first clicks first: expanding an entity, its details, a path.
  ...[NONE, TYPES].flatMap((filter) =>
    IDS.map((id): [string, Record<string, unknown>] => [
      'neighborhood',
      { ...filter, id, depth: int(1), limit: int(1), count: false },
    ]),
  ),
  ...[NONE, EVERY].flatMap((filter): Array<[string, Record<string, unknown>]> => [
    ...['', LONG_ID].map((after): [string, Record<string, unknown>] => [
      'relations-of-entities',
      { ...filter, ids: [SHORT_ID], direction: 'BOTH', other: '', after, limit: int(1), dense: int(1) },
    ]),
    ['relations-of-entities-count', { ...filter, ids: [SHORT_ID], direction: 'BOTH', other: '' }],
  ]),
  // relations(filter: {from, to}): the other end's id in both buckets.
  ...IDS.flatMap((other): Array<[string, Record<string, unknown>]> => [
    [
      'relations-of-entities',
      { ...NONE, ids: [SHORT_ID], direction: 'OUTGOING', other, after: '', limit: int(1), dense: int(1) },
    ],
    ['relations-of-entities-count', { ...NONE, ids: [SHORT_ID], direction: 'OUTGOING', other }],
  ]),
  // One entity, and a few (a lesson's step, a shared link).
  ...[[SHORT_ID], [SHORT_ID, LONG_ID]].map((ids): [string, Record<string, unknown>] => [
    'subgraph',
    { ...NONE, ids, limit: int(1) },
  ]),
  ...ID_PAIRS.map((ends): [string, Record<string, unknown>] => ['path-ends', ends]),
  // The path finder, with and without "avoid countries" and "avoid hubs".
  ...ID_PAIRS.flatMap((ends) =>
    [[], inOneBucket(['Country'])].flatMap((excludeTypes) =>
      [null, int(1)].map((maxDegree): [string, Record<string, unknown>] => [
        'paths',
        { ...NONE, ...ends, k: int(1), maxLength: int(1), excludeTypes, excludeIds: [], maxDegree },
      ]),
    ),
  ),
  ...['relations-by-ids', 'entities-by-ids', 'sources-by-ids'].flatMap((name) =>
    ID_LISTS.map((ids): [string, Record<string, unknown>] => [name, { ids }]),
  ),
  // A hub's page: 52 index seeks, 4-6 s to plan at 1M; one plan serves every page (denseParams).
  [
    'relations-of-dense-entities',
    denseParams(SHORT_ID, { types: [], direction: 'BOTH', after: '', limit: 1 }),
  ],
  // Entity.relations of many entities at once (relations asked for on a subgraph's nodes).
  ...ID_LISTS.slice(1).map((ids): [string, Record<string, unknown>] => [
    'relations-of-entities',
    { ...NONE, ids, direction: 'BOTH', other: '', after: '', limit: int(1), dense: int(1) },
  ]),
  // The first page (after '') and the next ones (after a relation's id).
  ...['', LONG_ID].map((after): [string, Record<string, unknown>] => [
    'relations-page',
    { ...ID_ORDER, after, limit: int(1) },
  ]),
  ['relations-count', { types: [] }],
  ['entities-count', { types: [] }],
  ['stats', { top: int(1) }],
  ['graph', { ...NONE, limit: int(1) }],
  // A key past every date ('~'): the 26 index seeks find nothing. One plan serves every page.
  ['timeline', { page: { types: [], after: '~', from: '', until: '~', limit: int(1) } }],
  // Last: a full-text query waits while its index populates (after a bulk import), and the
  // queries above need not wait with it.
  ['relations-of-sources', { ...ID_ORDER, ids: [SHORT_ID], after: '', limit: int(1), dense: int(1) }],
  ['relations-of-sources-count', { ids: [SHORT_ID] }],
];

/**
 * Plans the API's costly queries once, so the first request that needs one does not pay for
 * planning (seconds on a busy machine for the 26-branch unions). Best effort: a failure only
 * means the first request plans for itself. Returns how long it took.
 */
export async function warmQueryPlans(
  driver: Driver,
  database: string,
  which: 'all' | 'start view' = 'all',
): Promise<number> {
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const [name, params] of which === 'all' ? WARM : START_VIEW) {
      await session.run(cypher(name), params).catch(() => undefined);
    }
  } finally {
    await session.close();
  }
  return Date.now() - started;
}
