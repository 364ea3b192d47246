/**
 * Data folders the embedded Neo4j cannot use are refused before any JVM starts, with one line
 * that says what is wrong. Runs the real server entry point. The JVM is never reached, so these
 * are quick. As root (CI), the server runs as the user nobody, for whom permissions apply.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeDataFolderProblem } from '../../server/src/db/data-folder';
import { REPO_ROOT } from '../../server/src/paths';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function start(dataDir: string) {
  const run = spawnSync(process.execPath, [TSX, 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, PORT: '0', NEO4J_EMBEDDED_DIR: dataDir, NEO4J_EMBEDDED_PORT: '1' },
    encoding: 'utf8',
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: run.status, lines: run.stderr.trim().split('\n') };
}

describe('a data folder the app cannot use', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-folders-'));
  beforeAll(() => fs.chmodSync(base, 0o755));
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  it('that is not writable by this user is refused in one line naming the folder and its owner', () => {
    // A folder of another user: the temporary folder (root's) when we are root and run as
    // nobody; the file system root otherwise.
    const parent = isRoot ? base : '/';
    const dataDir = path.join(parent, 'not-mine', 'neo4j');
    const run = start(dataDir);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `The data folder ${dataDir} cannot be created: ${parent} is not writable by this user ` +
        `(uid ${isRoot ? NOBODY : process.getuid?.()}; it belongs to uid 0, mode 0755): ` +
        'give this user write access or set NEO4J_EMBEDDED_DIR to another folder.',
    ]);
  });

  it('that is read-only is refused in one line saying so and how to fix it', () => {
    const dataDir = path.join(base, 'read-only');
    fs.mkdirSync(dataDir);
    if (isRoot) fs.chownSync(dataDir, NOBODY, NOBODY);
    fs.chmodSync(dataDir, 0o555);
    const run = start(dataDir);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `The data folder ${dataDir} is read-only (mode 0555): make it writable (chmod u+w ${dataDir}) ` +
        'or set NEO4J_EMBEDDED_DIR to another folder.',
    ]);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('names a read-only file system and a full disk as such', () => {
    // The errors the kernel gives; making a real read-only mount or a full disk needs root.
    const dataDir = path.join(base, 'elsewhere');
    fs.mkdirSync(dataDir);
    expect(describeDataFolderProblem(Object.assign(new Error('x'), { code: 'EROFS' }), dataDir)).toBe(
      `The data folder ${dataDir} is on a read-only file system: remount it read-write or set NEO4J_EMBEDDED_DIR to another folder.`,
    );
    expect(describeDataFolderProblem(Object.assign(new Error('x'), { code: 'ENOSPC' }), dataDir)).toBe(
      `The disk holding the data folder ${dataDir} is full; free some space or set NEO4J_EMBEDDED_DIR to another folder.`,
    );
  });
});
