/**
 * The vocabulary that the server and the web client share: the graph's closed sets of entity
 * types, relation types, statuses and source kinds, and the closed set of error codes. Plain
 * constants with no dependencies, so the browser bundle takes nothing else along. The zod
 * formats of fixture and lesson files live at `@trade-truce/vocabulary/formats` and
 * `@trade-truce/vocabulary/lessons`.
 */
export * from './vocabulary';
export * from './error-codes';
