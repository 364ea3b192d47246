import { describeError, log } from './redact';

/** Longest clean stop (Neo4j checkpoints on shutdown) before the process exits anyway. */
const HARD_STOP_MS = 90_000;
const PARENT_CHECK_MS = 500;

/**
 * Runs `stop` once, then exits, on SIGINT, SIGTERM or SIGHUP, and when the parent process dies.
 *
 * Why the parent watch: `npm start` runs `npm → sh → node`. npm forwards SIGTERM and SIGINT to
 * its child, but not SIGHUP, and when the script is not exec'd, sh dies without passing them on:
 * node is orphaned and keeps serving. Node has no parent-death signal (prctl), so it polls its
 * parent pid, which changes the moment the parent is gone.
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
  if (parent > 1) {
    const watch = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(watch);
      run(`The parent process (pid ${parent}) exited`);
    }, PARENT_CHECK_MS).unref();
  }
}
