/**
 * `npm run dev`: hot reload for both halves. The embedded Neo4j runs here, supervised, for the
 * whole session (or, when `npm start` or `npm run neo4j` already owns the data folder, that one
 * is used through its lock and password file; or NEO4J_URI). The server runs under `tsx watch`
 * and is told where Neo4j is through NEO4J_URI, so its restarts never restart Neo4j. Vite serves
 * the client with hot module replacement, proxying /graphql to the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { connect, type Database } from '../server/src/db/connect';
import { EMBEDDED_USER, readPasswordFile } from '../server/src/db/embedded-password';
import { loadConfig } from '../server/src/env';
import { stopOnSignals } from '../server/src/lifecycle';
import { REPO_ROOT } from '../server/src/paths';
import { describeError, log } from '../server/src/redact';

const children: ChildProcess[] = [];
let db: Database | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  stopOnSignals(async () => {
    for (const child of children) child.kill('SIGTERM');
    await db?.close();
  });
  db = await connect(config, {
    owner: 'attach',
    command: 'npm run dev',
    httpPort: config.port,
    log: log.info,
  });
  // The server child reaches this Neo4j as an external one: it never starts or stops it.
  const neo4jEnv = config.neo4j.uri
    ? {}
    : {
        NEO4J_URI: db.uri,
        NEO4J_USER: EMBEDDED_USER,
        NEO4J_PASSWORD: readPasswordFile(config.embedded.dir) ?? '',
      };
  children.push(
    spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', 'server/src/main.ts'],
      { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...neo4jEnv } },
    ),
    spawn('npm', ['run', 'dev', '-w', 'web'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, API_URL: `http://127.0.0.1:${config.port}` },
    }),
  );
}

main().catch(async (error: unknown) => {
  log.error(describeError(error));
  await db?.close().catch(() => undefined);
  process.exit(1);
});
