import { EMBEDDED_START_TIMEOUT_MS } from '../../server/src/db/embedded';

/**
 * Time budgets for tests that start JVMs or build the app, so that a busy machine (JVM start-ups
 * of 5-60 s on 2 shared cores) fails only when something is really stuck: each test's jest
 * timeout is the sum of what it starts. Waits inside tests are readiness-based, not clock-based.
 */
export const JVM_START_MS = EMBEDDED_START_TIMEOUT_MS;
/** Compiling the server and building the web client on a first `npm start`. */
export const BUILD_MS = 240_000;
/** A clean stop: Neo4j checkpoints and shuts down. */
export const STOP_MS = 90_000;

/** A jest timeout for a test that starts `jvms` JVMs (plus `extra` ms of other work). */
export function jvmBudget(jvms: number, extra = 60_000): number {
  return jvms * (JVM_START_MS + STOP_MS) + extra;
}
