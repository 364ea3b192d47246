import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const web = path.join(root, 'web');

test('web/src/graphql-env.d.ts matches server/schema.graphql (run `npm run web:types -w web`)', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'truce-tada-')), 'graphql-env.d.ts');
  const cli = path.join(root, 'node_modules', 'gql.tada', 'bin', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'generate-output', '-o', out], {
    cwd: web,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  expect(fs.readFileSync(out, 'utf8')).toBe(
    fs.readFileSync(path.join(web, 'src', 'graphql-env.d.ts'), 'utf8'),
  );
});
