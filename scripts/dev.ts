/**
 * `npm run dev`: hot reload for both halves. The embedded Neo4j starts once here (or is reused,
 * or NEO4J_URI is used), the server runs under `tsx watch` (each restart reuses that Neo4j), and
 * Vite serves the client with hot module replacement, proxying /graphql to the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { connect } from '../server/src/db/connect';
import { loadConfig } from '../server/src/env';
import { REPO_ROOT } from '../server/src/paths';

async function main(): Promise<void> {
  const config = loadConfig();
  // Starts the embedded Neo4j unless one is reachable; closing the driver leaves it running.
  const db = await connect(config);
  await db.driver.close();

  const children: ChildProcess[] = [
    spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', 'server/src/main.ts'],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
      },
    ),
    spawn('npm', ['run', 'dev', '-w', 'web'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, API_URL: `http://127.0.0.1:${config.port}` },
    }),
  ];
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await db.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
