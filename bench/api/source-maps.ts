/**
 * tsx turns Node's source maps on (process.setSourceMapsEnabled(true)), so every stack trace that
 * is read is mapped back to TypeScript, frame by frame. neo4j-driver reads one for every query it
 * runs (its Result keeps the caller's stack): 40-50 µs for 12 frames in a tight loop against
 * 17-24 µs without maps, and up to 0.3 ms a query in CPU profiles of the bench, more the more
 * TypeScript frames the call came through (a request through our resolvers more than the raw
 * driver's replay). `npm start` runs compiled JavaScript with source maps off, so a process that
 * serves or runs the timed queries turns them off: ours, the raw driver and @neo4j/graphql alike.
 */
export function measureWithoutSourceMaps(): void {
  process.setSourceMapsEnabled(false);
}
