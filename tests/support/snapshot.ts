import type { Driver } from 'neo4j-driver';

/**
 * Every node (but the loader's :Load marker) and relationship with labels, type and properties,
 * sorted: equal means same graph. An entity's absent aliases read as [], as the API serves them:
 * the bulk importer stores no empty list where the Cypher loader stores [] (schema/entity.ts).
 */
export async function graphSnapshot(driver: Driver): Promise<string> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE NOT n:Load RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, ""), n:Source',
    );
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY r.id',
    );
    const sortKeys = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    return JSON.stringify({
      nodes: nodes.records.map((r) => {
        const labels = [...(r.get('labels') as string[])].sort();
        const props = r.get('props') as Record<string, unknown>;
        if (labels.includes('Entity')) props.aliases ??= [];
        return { labels, props: sortKeys(props) };
      }),
      rels: rels.records.map((r) => ({ ...r.toObject(), props: sortKeys(r.get('props')) })),
    });
  } finally {
    await session.close();
  }
}
