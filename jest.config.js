/**
 * One `npm test` runs three projects. The global setup starts one embedded Neo4j for the run
 * (free port, temporary folder) and seeds it; integration and end-to-end tests share it.
 */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];
// d3-force and its d3 dependencies ship only ES modules (.mjs): swc compiles them too.
const transform = { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc };
const common = {
  transform,
  transformIgnorePatterns: ['/node_modules/(?!d3-)'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60_000,
  // Test files share one Neo4j and some briefly write to it (seed --replace, a planted
  // inconsistency); one worker keeps their snapshots honest on any number of cores.
  maxWorkers: 1,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
