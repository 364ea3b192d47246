/**
 * `npm start`: compiles the server (tsc into server/dist) and builds the web client (Vite into
 * web/dist) when their sources are newer than the last build, then runs the compiled server in
 * this same process: no tsx in production, and no process between npm and the server that could
 * swallow a signal. Plain JavaScript, because it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest, webBuildInputs } from './newest.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(import.meta.url);
const at = (...parts) => path.join(root, ...parts);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Copies what tsc does not (files read at run time next to the code), keeping the folder layout. */
function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyAssets(source, target);
    else if (!/\.tsx?$/.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

/** Where, inside server/dist, the compiled @trade-truce/vocabulary goes (the Dockerfile agrees). */
const VOCABULARY_OUT = path.join('node_modules', '@trade-truce', 'vocabulary');

function buildServer() {
  const src = at('server', 'src');
  const dist = at('server', 'dist');
  const stamp = path.join(dist, '.built');
  const sources = Math.max(
    newest(src),
    newest(at('server', 'tsconfig.json')),
    newest(at('server', 'tsconfig.build.json')),
    newest(at('tsconfig.base.json')),
    newest(at('packages', 'vocabulary', 'src')),
  );
  // A production image ships server/dist without the sources (and without TypeScript).
  if (!fs.existsSync(src) || newest(stamp) >= sources) return;
  console.log('Compiling the server...');
  const temporary = `${dist}.${process.pid}.tmp`;
  fs.rmSync(temporary, { recursive: true, force: true });
  run(process.execPath, [
    requireHere.resolve('typescript/bin/tsc'),
    '-p',
    'server/tsconfig.build.json',
    '--outDir',
    temporary,
  ]);
  // The shared vocabulary package is TypeScript that tsx, jest and Vite read as it is; the
  // compiled server gets it compiled into dist/node_modules, which Node searches first.
  run(process.execPath, [
    requireHere.resolve('typescript/bin/tsc'),
    '-p',
    'packages/vocabulary/tsconfig.build.json',
    '--outDir',
    path.join(temporary, VOCABULARY_OUT),
  ]);
  copyAssets(src, temporary);
  fs.writeFileSync(path.join(temporary, '.built'), `${new Date().toISOString()}\n`);
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(temporary, dist);
}

function buildWeb() {
  const web = at('web');
  const sources = Math.max(...webBuildInputs(root).map(newest));
  if (!fs.existsSync(path.join(web, 'index.html')) || newest(path.join(web, 'dist', 'index.html')) >= sources)
    return;
  console.log('Building the web client...');
  // Always the production bundle, whatever NODE_ENV the caller has (jest sets it to test).
  run('npm', ['run', 'build', '-w', 'web'], { NODE_ENV: 'production' });
}

buildServer();
buildWeb();
requireHere(at('server', 'dist', 'main.js'));
