/**
 * tsx turns Node's source maps on (process.setSourceMapsEnabled(true)), so every stack trace that
 * is read is mapped back to TypeScript, frame by frame. neo4j-driver reads one for every query it
 * runs (its Result keeps the caller's stack): here 0.1-0.3 ms a query, more the more TypeScript
 * frames the call came through, so a request through our resolvers paid more of it than the raw
 * driver's replay. `npm start` runs compiled JavaScript with source maps off (about 10 µs a
 * query). A bench process that serves or runs the timed queries turns them off, to measure what
 * production runs: ours, the raw driver and @neo4j/graphql alike.
 */
export function measureWithoutSourceMaps(): void {
  process.setSourceMapsEnabled(false);
}
