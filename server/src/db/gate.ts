/** Thrown by Gate.enter when the deadline passes while waiting for a slot. */
export class GateTimeout extends Error {
  constructor() {
    super('no database slot before the deadline');
    this.name = 'GateTimeout';
  }
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Bounds how many transactions run at once and makes the wait for a turn count against each
 * request's deadline. Without it, 200 concurrent requests queue inside the driver's connection
 * pool, where the wait is invisible to QUERY_TIMEOUT_MS (requests took 16-27 s with a 10 s limit).
 * First come, first served; a waiter whose deadline passes leaves the queue with GateTimeout.
 */
export class Gate {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly capacity: number) {}

  /** Transactions running now and waiting now (for benchmarks and /health). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Waits for a slot until `deadline` (epoch ms); resolves with the function that frees it. */
  enter(deadline: number): Promise<() => void> {
    const release = once(() => {
      this.active -= 1;
      this.waiting.shift()?.admit();
    });
    if (this.active < this.capacity) {
      this.active += 1;
      return Promise.resolve(release);
    }
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(new GateTimeout());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          this.active += 1;
          resolve(release);
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new GateTimeout());
        }, left),
      };
      this.waiting.push(waiter);
    });
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
