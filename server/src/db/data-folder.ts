import fs from 'node:fs';
import path from 'node:path';

/** Below this much free space the embedded Neo4j is not started, and /health reports the disk full. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Thrown when the data folder cannot be used; the message is one line saying why and what to do. */
export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

const ELSEWHERE = 'or set NEO4J_EMBEDDED_DIR to another folder';

function nearestExisting(dir: string): string {
  let current = dir;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function mode(file: string): string {
  return `mode ${(fs.statSync(file).mode & 0o777).toString(8).padStart(4, '0')}`;
}

/** One line naming what is wrong with `dir`, from the error a write there raised. */
export function describeDataFolderProblem(error: unknown, dir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = nearestExisting(dir);
  const subject =
    where === dir ? `The data folder ${dir}` : `The data folder ${dir} cannot be created: ${where}`;
  switch (code) {
    case 'EROFS':
      return `${subject} is on a read-only file system: remount it read-write ${ELSEWHERE}.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding the data folder ${dir} is full; free some space ${ELSEWHERE}.`;
    case 'EACCES':
    case 'EPERM': {
      const stat = fs.statSync(where);
      if ((stat.mode & 0o222) === 0) {
        return `${subject} is read-only (${mode(where)}): make it writable (chmod u+w ${where}) ${ELSEWHERE}.`;
      }
      const uid = process.getuid?.();
      return `${subject} is not writable by this user (uid ${uid}; it belongs to uid ${stat.uid}, ${mode(where)}): give this user write access ${ELSEWHERE}.`;
    }
    case 'ENOTDIR':
    case 'EEXIST':
      return `The data folder ${dir} is not a folder (${where} is a file): remove that file ${ELSEWHERE}.`;
    default:
      return `The data folder ${dir} cannot be used (${code ?? 'error'}: ${(error as Error)?.message ?? error}).`;
  }
}

/**
 * Node's recursive mkdir reports ENOENT whatever stopped it (a read-only file system, a folder
 * of another user); asking the kernel whether the nearest existing folder is writable gives the
 * real reason.
 */
function realCause(error: unknown, dir: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  try {
    fs.accessSync(nearestExisting(dir), fs.constants.W_OK);
    return error;
  } catch (cause) {
    return cause;
  }
}

/** Free bytes on the file system holding `dir`, or undefined where the platform cannot tell. */
export function freeBytes(dir: string): number | undefined {
  try {
    const stat = fs.statfsSync(nearestExisting(dir));
    return stat.bavail * stat.bsize;
  } catch {
    return undefined;
  }
}

/** The one line logged and shown on /health while the disk is full. */
export function diskFullMessage(dir: string, free: number): string {
  return (
    `The disk holding the data folder ${dir} is full (${Math.floor(free / 1024 / 1024)} MB free, ` +
    `Neo4j needs ${MIN_FREE_BYTES / 1024 / 1024} MB): free some space.`
  );
}

/**
 * Creates the data folder if needed and proves it writable before any JVM starts, so an
 * unwritable, read-only or full folder gets one clear line instead of a Java stack trace.
 */
export function prepareDataFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    throw new DataFolderError(describeDataFolderProblem(realCause(error, dir), dir), { cause: error });
  }
  const free = freeBytes(dir);
  if (free !== undefined && free < MIN_FREE_BYTES) throw new DataFolderError(diskFullMessage(dir, free));
}
