import fs from 'node:fs';

/** Stops the run's Neo4j and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.__NEO4J__;
  if (!neo4j) return;
  await neo4j.instance.stop();
  fs.rmSync(neo4j.dir, { recursive: true, force: true });
}
