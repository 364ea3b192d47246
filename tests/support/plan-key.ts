import neo4j from 'neo4j-driver';

/**
 * Neo4j 5 keeps a plan per query text and per parameter "type info", and for a string or a list
 * that info includes its size, rounded to a bucket: exactly 0, exactly 1, then the next power of
 * ten (org.neo4j.cypher.internal.util.SizeBucket). So `{id: "mss"}` (bucket 10) and
 * `{id: "donald-trump"}` (bucket 100) are planned apart; measured on the article graph, the second
 * paid 0.6-0.9 s of planning for the neighbourhood query that the first had just planned.
 */
export function sizeBucket(size: number): number {
  return size <= 1 ? size : 10 ** Math.ceil(Math.log10(size));
}

function typeInfo(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `string/${sizeBucket(value.length)}`;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'float';
  if (neo4j.isInt(value)) return 'integer';
  if (Array.isArray(value)) {
    const element = value.length > 0 ? typeInfo(value[0]).split('/')[0] : 'any';
    return `list<${element}>/${sizeBucket(value.length)}`;
  }
  return 'map';
}

/** What Neo4j's plan cache tells apart for one statement: its text and its parameters' type info. */
export function planKey(text: string, params: Record<string, unknown>): string {
  const info = Object.keys(params)
    .sort()
    .map((name) => `${name}:${typeInfo(params[name])}`);
  return `${text}\n${info.join(', ')}`;
}
