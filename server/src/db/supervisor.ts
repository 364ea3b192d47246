import { describeError } from '../redact';
import { diskFullMessage, freeBytes, MIN_FREE_BYTES } from './data-folder';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions, type JvmExit } from './embedded';

/** What the embedded Neo4j is doing, as /health reports it. */
export type EmbeddedState = 'starting' | 'ready' | 'restarting' | 'down' | 'stopped';

/** Waits before restart attempts 1, 2, 3...; the last one repeats. */
export const RESTART_BACKOFF_MS = [0, 1_000, 2_000, 5_000, 10_000, 30_000];
/** After this many failed restarts in a row /health says "down" (the supervisor keeps trying). */
const FAILURES_BEFORE_DOWN = 3;
/** An instance that stayed up this long resets the backoff. */
const STABLE_MS = 60_000;
const DISK_CHECK_MS = 10_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function describeExit(exit: JvmExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

/**
 * Owns the embedded Neo4j for the app's lifetime: starts it, restarts it with backoff when the
 * JVM dies (kill -9, crash, OOM), watches the disk, and stops it for good on stop().
 * The Bolt port stays the same, so the driver reconnects by itself.
 */
export class EmbeddedSupervisor {
  #state: EmbeddedState = 'starting';
  #instance: EmbeddedNeo4j | undefined;
  #restarts = 0;
  /** Crashes in a row of instances that did not stay up STABLE_MS: each waits longer. */
  #quickCrashes = 0;
  #diskFull: string | undefined;
  readonly #stopped = new AbortController();
  readonly #log: (line: string) => void;
  #diskTimer: NodeJS.Timeout | undefined;
  #restarting: Promise<void> | undefined;

  constructor(private readonly options: EmbeddedOptions) {
    this.#log = options.log ?? console.log;
  }

  get state(): EmbeddedState {
    return this.#state;
  }
  /** Restarts since the first start. */
  get restarts(): number {
    return this.#restarts;
  }
  get instance(): EmbeddedNeo4j | undefined {
    return this.#instance;
  }
  /** The one-line disk-full message while the data folder's disk is full. */
  get diskFull(): string | undefined {
    return this.#diskFull;
  }

  /** First start; rejects (with one line) when Neo4j cannot start at all. */
  async start(): Promise<EmbeddedNeo4j> {
    const instance = await startEmbeddedNeo4j({ ...this.options, signal: this.#stopped.signal });
    this.#adopt(instance);
    this.#diskTimer = setInterval(() => this.checkDisk(), DISK_CHECK_MS).unref();
    return instance;
  }

  /** Re-reads the free space; logs one line when the disk fills up or has room again. */
  checkDisk(): string | undefined {
    const free = freeBytes(this.options.dir);
    const full =
      free !== undefined && free < MIN_FREE_BYTES ? diskFullMessage(this.options.dir, free) : undefined;
    if (full && !this.#diskFull) this.#log(full);
    if (!full && this.#diskFull)
      this.#log(`The disk holding the data folder ${this.options.dir} has free space again.`);
    this.#diskFull = full;
    return full;
  }

  #adopt(instance: EmbeddedNeo4j): void {
    this.#instance = instance;
    this.#state = 'ready';
    const since = Date.now();
    void instance.exited.then((exit) => {
      if (this.#stopped.signal.aborted || this.#instance !== instance) return;
      this.#log(
        `The embedded Neo4j (pid ${instance.pid}) exited unexpectedly (${describeExit(exit)}); restarting it.`,
      );
      this.#quickCrashes = Date.now() - since >= STABLE_MS ? 0 : this.#quickCrashes + 1;
      this.#restarting = this.#restart(Math.max(0, this.#quickCrashes - 1));
    });
  }

  async #restart(firstAttempt: number): Promise<void> {
    this.#state = 'restarting';
    const began = Date.now();
    for (let attempt = firstAttempt; !this.#stopped.signal.aborted; attempt += 1) {
      await sleep(
        RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)] ?? 0,
        this.#stopped.signal,
      );
      if (this.#stopped.signal.aborted) return;
      try {
        const instance = await startEmbeddedNeo4j({ ...this.options, signal: this.#stopped.signal });
        this.#restarts += 1;
        this.#adopt(instance);
        this.#log(
          `The embedded Neo4j is back at ${instance.uri} after ${Date.now() - began} ms (restart ${this.#restarts}).`,
        );
        return;
      } catch (error) {
        if (this.#stopped.signal.aborted) return;
        if (attempt + 1 - firstAttempt >= FAILURES_BEFORE_DOWN) this.#state = 'down';
        this.#log(
          `Restarting the embedded Neo4j failed (attempt ${attempt + 1 - firstAttempt}): ${describeError(error)}`,
        );
      }
    }
  }

  /**
   * Stops the running Neo4j cleanly (not a crash: no restart), runs `task` while its store is
   * closed (the bulk importer writes the store files itself), then starts it again, whether or
   * not the task succeeded; the task's error wins over a failed start.
   */
  async whileStopped<T>(task: () => Promise<T>): Promise<T> {
    const instance = this.#instance;
    this.#instance = undefined;
    this.#state = 'starting';
    await instance?.stop();
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await task() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    try {
      this.#adopt(await startEmbeddedNeo4j({ ...this.options, signal: this.#stopped.signal }));
    } catch (error) {
      if (outcome.ok) throw error;
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** Stops Neo4j cleanly for good (no restart), also while a restart is under way. */
  async stop(): Promise<void> {
    this.#stopped.abort();
    this.#state = 'stopped';
    clearInterval(this.#diskTimer);
    await this.#restarting;
    await this.#instance?.stop();
  }
}
