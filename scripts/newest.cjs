/**
 * Freshness of build outputs, shared by `npm start` (scripts/start.mjs, plain JavaScript because
 * it runs before anything is compiled), the end-to-end tests (tests/support/web-browser.ts) and
 * the embedded Neo4j's Maven build check (server/src/db/embedded.ts). CommonJS, so the compiled
 * server can require it too.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Newest modification time (ms) of a file or of anything below a folder; 0 when missing. */
function newest(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newest(path.join(target, name))));
}

/** Everything the web build (web/dist) is made from, below the repository root `root`. */
function webBuildInputs(root) {
  return [
    path.join(root, 'web', 'src'),
    path.join(root, 'web', 'index.html'),
    path.join(root, 'web', 'vite.config.mts'),
    path.join(root, 'web', 'package.json'),
    path.join(root, 'packages', 'vocabulary', 'src'),
  ];
}

module.exports = { newest, webBuildInputs };
