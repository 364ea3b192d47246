/**
 * `npm start`: builds the web client when its sources are newer than web/dist, then runs the
 * server (which builds and starts the embedded Neo4j when NEO4J_URI is unset).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server/src/paths';

function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newest(path.join(target, name))));
}

const web = path.join(REPO_ROOT, 'web');
const built = newest(path.join(web, 'dist', 'index.html'));
const sources = Math.max(newest(path.join(web, 'src')), newest(path.join(web, 'index.html')));
if (fs.existsSync(path.join(web, 'index.html')) && built < sources) {
  console.log('Building the web client...');
  // Always the production bundle, whatever NODE_ENV the caller has (jest sets it to test).
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

require('../server/src/main');
