import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from './cypher';

const int = (value: number) => neo4j.int(value);
const none = { types: [], statuses: [], asOf: null };
/** Plans are cached per parameter types too: an empty list and a list of strings differ. */
const some = { types: ['HACKED'], statuses: ['active'], asOf: '2025' };
const idOrder = { inTypes: ['HACKED'], inStatuses: ['active'], until: '9999' };

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
 * The queries whose plans take long to make (unions over every relation type, subqueries over
 * levels), with parameters of the types the API sends and values that match nothing, so running
 * them costs only the planning. Neo4j caches a plan per query text and parameter types.
 */
const WARM: Array<[string, Record<string, unknown>]> = [
  ...START_VIEW,
  ['relations-by-ids', { ids: [''] }],
  ['relations-page', { ...idOrder, after: '~', limit: int(1) }],
  ['relations-count', { types: [] }],
  ...[none, some].flatMap((filter): Array<[string, Record<string, unknown>]> => [
    [
      'relations-of-entities',
      { ...filter, ids: [''], direction: 'BOTH', other: '', after: '', limit: int(1) },
    ],
    ['relations-of-entities-count', { ...filter, ids: [''], direction: 'BOTH', other: '' }],
    ['neighborhood', { ...filter, id: '', depth: int(1), limit: int(1), count: false }],
  ]),
  ['entities-count', { types: [] }],
  ['stats', { top: int(1) }],
  ['graph', { ...none, limit: int(1) }],
  // A key past every date ('~'): the 26 index seeks find nothing. One plan serves every page.
  ['timeline', { page: { types: [], after: '~', from: '', until: '~', limit: int(1) } }],
  ['subgraph', { ...none, ids: [''], limit: int(1) }],
  ['path-ends', { from: '', to: '' }],
  [
    'paths',
    {
      ...none,
      from: '',
      to: '',
      k: int(1),
      maxLength: int(1),
      excludeTypes: [],
      excludeIds: [],
      maxDegree: null,
    },
  ],
  // Last: a full-text query waits while its index populates (after a bulk import), and the
  // queries above need not wait with it.
  ['relations-of-sources', { ...idOrder, ids: [''], after: '', limit: int(1), dense: int(1) }],
  ['relations-of-sources-count', { ids: [''] }],
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
