/**
 * `npm run bench:load`: the explorer's real traffic against a real server, 200 connections for
 * 60 s (LOAD_CONNECTIONS, LOAD_SECONDS). Starts `server/src/main.ts` as its own process (its own
 * embedded Neo4j on a free port, a temporary data folder, seeded from fixtures/), then cycles each
 * connection through: the page, its script (brotli), the start view, a search, a neighbourhood,
 * an entity's details and a shortest path. Prints requests, errors by code, latency percentiles
 * and the server's memory (Node and the JVM) before and after. The machine is shared: figures
 * are comparable only between runs on the same idle machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../tests/support/free-port';
import { REPO_ROOT } from '../server/src/paths';

const CONNECTIONS = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 60);

const ENTITY = 'id name type aliases description degree sources { id }';
const RELATION =
  'id type label status date start end summary from { id } to { id } quote { text speaker { id name } } sources { id } citedVia { id }';
const SUBGRAPH = `nodes { ${ENTITY} } edges { ${RELATION} } truncated`;
const OPERATIONS = {
  startView: `query Graph($limit: Int) { graph(limit: $limit) { ${SUBGRAPH} } sources { id title publisher published kind url } }`,
  search: `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { ${ENTITY} } } }`,
  neighborhood: `query Neighborhood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`,
  details: `query Details($id: ID!) { entity(id: $id) { ${ENTITY} relations(first: 50) { totalCount nodes { ${RELATION} } } } }`,
  path: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { ${ENTITY} } edges { ${RELATION} } } }`,
};
const IDS = [
  'mss',
  'china',
  'united-states',
  'salt-typhoon',
  'donald-trump',
  'rare-earths',
  'us-treasury',
  'xi-jinping',
];
const WORDS = ['china', 'mss', 'salt typhoon', 'rare', 'trump', 'treasury', 'ministry', 'sanction'];

function rssKiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}
function childPids(pid: number): number[] {
  const out = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).map(Number);
}
function memory(pid: number): string {
  const jvm = childPids(pid)
    .map(rssKiB)
    .filter(Number.isFinite)
    .reduce((a, b) => a + b, 0);
  return `node ${(rssKiB(pid) / 1024).toFixed(0)} MB, Neo4j JVM ${(jvm / 1024).toFixed(0)} MB`;
}

function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(REPO_ROOT, 'web', 'dist', 'index.html'))) return;
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('web build failed');
}

async function startServer(port: number, dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: '',
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_EMBEDDED_DIR: dir,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready in')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${log}`)));
  });
  return child;
}

/** Counts HTTP statuses, and GraphQL error codes per operation, from each answer. */
function tally() {
  const codes = new Map<string, number>();
  const statuses = new Map<number, number>();
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const onResponse = (operation: string) => (status: number, body: string) => {
    count(statuses, status);
    if (!body.startsWith('{')) return;
    try {
      const json = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
      // One count per answer and code, however many fields failed with it.
      for (const code of new Set((json.errors ?? []).map((e) => e.extensions?.code ?? '(no code)'))) {
        count(codes, `${code} (${operation})`);
      }
    } catch {
      count(codes, `(unparsable body) (${operation})`);
    }
  };
  return { codes, statuses, onResponse };
}

async function main(): Promise<void> {
  ensureWebBuilt();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(
    fs.readFileSync(path.join(REPO_ROOT, 'web', 'dist', 'index.html'), 'utf8'),
  )?.[1];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-load-'));
  const port = await freePort();
  const server = await startServer(port, dir);
  const pid = server.pid ?? 0;
  try {
    // Warm up (Neo4j's first queries compile plans and fill caches): each operation a few times.
    for (let i = 0; i < 3; i += 1) {
      for (const [operation, variables] of [
        ['startView', { limit: 500 }],
        ['search', { text: 'china', first: 8 }],
        ['neighborhood', { id: 'mss', depth: 1, limit: 500 }],
        ['details', { id: 'mss' }],
        ['path', { from: 'mss', to: 'donald-trump' }],
      ] as const) {
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: OPERATIONS[operation], variables }),
        }).then((r) => r.text());
      }
    }
    const before = memory(pid);
    const { codes, statuses, onResponse } = tally();
    let n = 0;
    const pick = <T>(list: T[]) => list[n++ % list.length] as T;
    const graphql = (operation: keyof typeof OPERATIONS, variables: () => Record<string, unknown>) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: JSON.stringify({ query: OPERATIONS[operation], variables: variables() }),
      }),
      onResponse: onResponse(operation),
    });
    const page = (p: string) => ({
      method: 'GET' as const,
      path: p,
      headers: { 'accept-encoding': 'br, gzip' },
      onResponse: onResponse(p),
    });
    console.log(
      `Load: ${CONNECTIONS} connections for ${SECONDS} s against http://127.0.0.1:${port} (${os.cpus().length} cores, shared machine)`,
    );
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 30,
      requests: [
        page('/'),
        page(script ?? '/'),
        graphql('startView', () => ({ limit: 500 })),
        graphql('search', () => ({ text: pick(WORDS), first: 8 })),
        graphql('neighborhood', () => ({ id: pick(IDS), depth: 1, limit: 500 })),
        graphql('details', () => ({ id: pick(IDS) })),
        graphql('path', () => {
          const from = pick(IDS);
          return { from, to: IDS[(IDS.indexOf(from) + 3) % IDS.length] };
        }),
      ],
    });
    const after = memory(pid);
    const lines = [
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average), bytes read: ${(result.throughput.total / 1e6).toFixed(1)} MB`,
      `HTTP statuses: ${[...statuses].map(([s, c]) => `${s}×${c}`).join(', ')}`,
      `answers with GraphQL errors, by code (operation): ${codes.size ? [...codes].map(([c, k]) => `${c}×${k}`).join(', ') : 'none'}`,
      `socket errors: ${result.errors}, client timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`,
      `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `server memory before: ${before}`,
      `server memory after:  ${after}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
