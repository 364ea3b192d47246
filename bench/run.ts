/**
 * Latency of the API against the same Cypher run directly: starts its own embedded Neo4j (free
 * port, temporary folder) and app server, seeds the article's graph, warms up, then times N
 * sequential requests per case over GraphQL/HTTP and N runs of the named query with the driver.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../server/src/db/driver';
import { startEmbeddedNeo4j } from '../server/src/db/embedded';
import { applySchema } from '../server/src/db/schema';
import { seedFromFolder } from '../server/src/fixtures/load';
import { createApp } from '../server/src/http/app';
import { PATHS } from '../server/src/paths';
import { luceneQuery, namePatterns, searchWindow } from '../server/src/search/lucene';
import { freePort } from '../tests/support/free-port';

const N = 200;
const WARMUP = 30;
const DATABASE = 'neo4j';

interface Case {
  name: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
}

const readCypher = (name: string) => fs.readFileSync(path.join(PATHS.cypher, `${name}.cypher`), 'utf8');
const ENTITY_FIELDS = 'id name type aliases description degree';

function cases(): Case[] {
  const hood = (depth: number): Case => ({
    name: `neighborhood(mss, depth ${depth})`,
    graphql: `{ neighborhood(id: "mss", depth: ${depth}) { truncated nodes { ${ENTITY_FIELDS} } edges { id type status summary from { id } to { id } } } }`,
    cypher: readCypher('neighborhood'),
    params: { id: 'mss', depth: neo4j.int(depth), limit: neo4j.int(100), types: [], statuses: [] },
  });
  return [
    hood(1),
    hood(2),
    {
      name: 'search("ministry")',
      graphql: `{ search(text: "ministry") { score entity { ${ENTITY_FIELDS} } } }`,
      cypher: readCypher('search'),
      params: {
        query: luceneQuery('ministry'),
        ...namePatterns('ministry'),
        window: neo4j.int(searchWindow(10)),
        types: [],
        limit: neo4j.int(10),
      },
    },
  ];
}

async function viaGraphQL(url: string, query: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
}

async function viaDriver(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    if (result.records.length === 0) throw new Error('Cypher returned no rows');
  } finally {
    await session.close();
  }
}

/** Milliseconds of each of `n` sequential runs. */
async function time(n: number, run: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/** The p-th percentile, interpolated between neighbours (p = 50 is the median). */
function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  const pos = (p / 100) * (sorted.length - 1);
  const [lo, hi] = [sorted[Math.floor(pos)] ?? NaN, sorted[Math.ceil(pos)] ?? NaN];
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

async function main(): Promise<void> {
  const wallStart = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-bench-'));
  const instance = await startEmbeddedNeo4j({ port: await freePort(), dir, heap: '1g', log: () => {} }).catch(
    (error: unknown) => {
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    },
  );
  const driver = createDriver({ uri: instance.uri, user: 'neo4j', password: '', database: DATABASE });
  const options = { driver, database: DATABASE, uri: instance.uri, queryTimeoutMs: 10_000 };
  const server = createApp({ ...options, maxBodyBytes: 100_000 });
  try {
    await applySchema(driver, DATABASE);
    await seedFromFolder(driver, DATABASE, PATHS.fixtures);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    console.log(
      `Neo4j ${instance.version} at ${instance.uri}; app at ${url}; N=${N} sequential runs per cell\n`,
    );

    const rows: string[][] = [];
    for (const c of cases()) {
      const http = () => viaGraphQL(url, c.graphql);
      const direct = () => viaDriver(driver, c.cypher, c.params);
      await time(WARMUP, http);
      await time(WARMUP, direct);
      const g = await time(N, http);
      const d = await time(N, direct);
      const [gm, dm, g95, d95] = [percentile(g, 50), percentile(d, 50), percentile(g, 95), percentile(d, 95)];
      rows.push([c.name, ...[gm, dm, gm / dm, g95, d95].map((x) => x.toFixed(2))]);
    }
    const head = [
      'case',
      'GraphQL median ms',
      'Cypher median ms',
      'ratio',
      'GraphQL p95 ms',
      'Cypher p95 ms',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
    const line = (cells: string[]) =>
      `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
    console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    await instance.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nTotal wall time: ${((Date.now() - wallStart) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
