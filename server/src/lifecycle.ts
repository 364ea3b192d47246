import { execFileSync } from 'node:child_process';
import { describeError, log } from './redact';

/** Longest clean stop (Neo4j checkpoints on shutdown) before the process exits anyway. */
const HARD_STOP_MS = 90_000;
const PARENT_CHECK_MS = 500;

/**
 * Runs `stop` once, then exits, on SIGINT, SIGTERM or SIGHUP, and when the parent process dies.
 *
 * Why the parent watch: `npm start` runs `npm → sh → node`. npm forwards SIGTERM and SIGINT to
 * sh, which dies without passing them on, so node is orphaned and kept serving; npm does not
 * forward SIGHUP at all and dies of it, leaving sh waiting for node. Node has no parent-death
 * signal (prctl), so it polls: its parent pid changes the moment the parent is gone, and when
 * the parent is a shell (npm's script shell), the shell's parent must stay alive too.
 */
export function stopOnSignals(stop: (reason: string) => Promise<void>): void {
  let stopping = false;
  const run = (reason: string) => {
    if (stopping) {
      log.info(`${reason}: already stopping (waiting for Neo4j to shut down cleanly)...`);
      return;
    }
    stopping = true;
    log.info(`${reason}: stopping...`);
    setTimeout(() => {
      log.error(`Stopping took longer than ${HARD_STOP_MS / 1000} s; exiting anyway.`);
      process.exit(1);
    }, HARD_STOP_MS).unref();
    stop(reason).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error(`Stopping failed: ${describeError(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => run(signal));
  const parent = process.ppid;
  // pid 1 (or 0 in a container) as parent: started by init or a supervisor; nothing to watch.
  if (parent <= 1) return;
  const shellParent = /^-?(sh|bash|dash|zsh|ash)$/.test(describe(parent)?.command ?? '');
  const grandparent = shellParent ? describe(parent)?.parent : undefined;
  const watch = setInterval(() => {
    const gone =
      process.ppid !== parent
        ? parent
        : grandparent && grandparent > 1 && !isAlive(grandparent)
          ? grandparent
          : 0;
    if (!gone) return;
    clearInterval(watch);
    run(`The parent process (pid ${gone}) exited`);
  }, PARENT_CHECK_MS).unref();
}

/** A process's parent pid and command name (Linux and macOS), or undefined if unknown. */
function describe(pid: number): { parent: number; command: string } | undefined {
  try {
    const [parent = '', ...command] = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split(/\s+/);
    return { parent: Number(parent), command: command.join(' ').split('/').pop() ?? '' };
  } catch {
    return undefined; // no ps (a slim container): the parent watch alone remains
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
