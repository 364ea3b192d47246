import fs from 'node:fs';
import path from 'node:path';

/** What the owner of a data folder records in its lock, for a second instance to name or find it. */
export interface LockInfo {
  pid: number;
  /** Linux: the process's start time, so a reused pid is not taken for the owner. */
  startTime?: string;
  command: string;
  boltPort: number;
  httpPort?: number;
  since: string;
}

/** Thrown when another live process owns the data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

function lockFile(dir: string): string {
  return path.join(dir, 'app.lock');
}

function startTime(pid: number): string | undefined {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may hold spaces).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTime(info.pid);
  return !info.startTime || !now || now === info.startTime;
}

/** The lock of `dir` when a live process holds it; a stale or unreadable lock counts as none. */
export function readLiveLock(dir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')) as LockInfo;
    return Number.isInteger(info.pid) && isAlive(info) ? info : undefined;
  } catch {
    return undefined;
  }
}

/** One line naming the owner of a data folder. */
export function describeOwner(dir: string, owner: LockInfo): string {
  const http = owner.httpPort ? `, HTTP port ${owner.httpPort}` : '';
  return `process ${owner.pid} (${owner.command}, Bolt port ${owner.boltPort}${http}, since ${owner.since})`;
}

/**
 * Makes this process the one owner of `dir`, or throws DataFolderInUseError naming the owner.
 * A lock left by a process that died (kill -9, power cut) is taken over. Returns the release.
 */
export function acquireLock(dir: string, info: Omit<LockInfo, 'pid' | 'startTime' | 'since'>): () => void {
  const file = lockFile(dir);
  const mine: LockInfo = {
    pid: process.pid,
    startTime: startTime(process.pid),
    ...info,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = readLiveLock(dir);
      if (owner) {
        throw new DataFolderInUseError(
          `The data folder ${dir} is in use by ${describeOwner(dir, owner)}; stop it first or set NEO4J_EMBEDDED_DIR to another folder.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  const release = () => {
    try {
      const held = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      if (held.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}
