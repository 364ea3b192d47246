import type { Driver } from 'neo4j-driver';

/** Per-request context: the process's driver and what one request may spend. */
export interface Context {
  driver: Driver;
  database: string;
  /** Server-side transaction timeout for every query of this request. */
  timeoutMs: number;
}
