import path from 'node:path';

/** The repository root, so files are found the same way from `npm start`, tests and scripts. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Folders the server reads at run time. */
export const PATHS = {
  cypher: path.join(REPO_ROOT, 'cypher'),
  fixtures: path.join(REPO_ROOT, 'fixtures'),
  neo4jProject: path.join(REPO_ROOT, 'neo4j'),
  webDist: path.join(REPO_ROOT, 'web', 'dist'),
  schemaSdl: path.join(REPO_ROOT, 'server', 'schema.graphql'),
} as const;
