import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher } from './cypher';
import { HEARTBEAT_EVERY_MS } from './load-state';

/** What the loader is doing; shown by the progress bar and kept in the `:Load` marker. */
export type LoadPhase =
  | 'sources'
  | 'entities'
  | 'relations'
  | 'removing'
  | 'degrees'
  // the bulk import (importer.ts): CSV files, the importer, the schema's indexes
  | 'csv'
  | 'import'
  | 'indexes';

/** Progress after each batch. */
export interface LoadProgress {
  phase: LoadPhase;
  itemsDone: number;
  itemsTotal: number;
  batchesDone: number;
  batchesTotal: number;
}

/** How a load was planned, written into its marker. */
export interface LoadPlan {
  mode: 'create' | 'merge';
  replace: boolean;
  source: string;
  batchesTotal: number;
  itemsTotal: number;
}

/** A statement of a batch. */
export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

/**
 * Writes batches, each in its own transaction together with the `:Load` marker's count, so the
 * marker never claims more than the database holds. The marker is created by the first batch's
 * transaction: a load that wrote nothing leaves no trace. A timer keeps its heartbeat fresh.
 */
export class BatchWriter {
  batchesDone = 0;
  itemsDone = 0;
  /** A batch is being written: if the connection breaks now, its commit may or may not have happened. */
  inFlight = false;
  private readonly session: Session;
  private heartbeat: NodeJS.Timeout | undefined;
  private phase: LoadPhase = 'sources';

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly plan: LoadPlan,
    private readonly onProgress: (progress: LoadProgress) => void,
  ) {
    this.session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  }

  /** True once a batch has committed: from then on the database differs from before the load. */
  get wroteAnything(): boolean {
    return this.batchesDone > 0;
  }

  /** Writes one batch of `items` items: its statements and the marker's count, in one transaction. */
  async write(phase: LoadPhase, statements: Statement[], items: number): Promise<void> {
    this.phase = phase;
    const first = !this.wroteAnything;
    this.inFlight = true;
    await this.session.executeWrite(async (tx) => {
      if (first) {
        await tx.run(cypher('load-begin'), {
          mode: this.plan.mode,
          replace: this.plan.replace,
          source: this.plan.source,
          batchesTotal: neo4j.int(this.plan.batchesTotal),
          itemsTotal: neo4j.int(this.plan.itemsTotal),
          phase,
        });
      }
      for (const statement of statements) await tx.run(statement.query, statement.params);
      await tx.run(cypher('load-progress'), { items: neo4j.int(items), phase });
    });
    this.inFlight = false;
    this.batchesDone += 1;
    this.itemsDone += items;
    if (first) this.startHeartbeat();
    this.report(phase);
  }

  /** Reports a phase with no batches of its own (counting degrees). */
  async enter(phase: LoadPhase): Promise<void> {
    this.phase = phase;
    this.report(phase);
    if (this.wroteAnything) await this.beat();
  }

  /** Marks the load complete. */
  async finish(): Promise<void> {
    this.stopHeartbeat();
    if (!this.wroteAnything) return;
    await this.session.executeWrite((tx) =>
      tx.run(cypher('load-finish'), { status: 'complete', error: null }),
    );
  }

  /**
   * After a failure: marks the load interrupted if Neo4j still answers (best effort) and returns
   * how many batches the marker says were written (exact: counted in each batch's transaction),
   * or the loader's own count when Neo4j is gone (then a batch whose commit was under way when the
   * connection broke may have been written too: `exact` is false).
   */
  async fail(reason: string): Promise<{ done: number; exact: boolean }> {
    this.stopHeartbeat();
    const session = this.driver.session({ database: this.database });
    try {
      const result = await session.executeWrite(
        (tx) => tx.run(cypher('load-finish'), { status: 'interrupted', error: reason }),
        { timeout: 5_000 },
      );
      const done = result.records[0]?.get('done');
      return { done: done === undefined ? this.batchesDone : Number(done), exact: true };
    } catch {
      return { done: this.batchesDone, exact: false };
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.stopHeartbeat();
    await this.session.close().catch(() => undefined);
  }

  private report(phase: LoadPhase): void {
    this.onProgress({
      phase,
      itemsDone: this.itemsDone,
      itemsTotal: this.plan.itemsTotal,
      batchesDone: this.batchesDone,
      batchesTotal: this.plan.batchesTotal,
    });
  }

  private async beat(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite((tx) => tx.run(cypher('load-heartbeat'), { phase: this.phase }), {
        timeout: 5_000,
      });
    } catch {
      // A missed beat is harmless; the batches say whether Neo4j is gone.
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_EVERY_MS);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
