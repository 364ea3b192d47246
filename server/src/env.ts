import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './paths';
import { addSecret, redact } from './redact';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const EnvSchema = z.object({
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((uri) => NEO4J_SCHEMES.some((s) => uri.startsWith(`${s}://`)), {
        message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
      })
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name such as "neo4j"')
    .default('neo4j'),
  NEO4J_EMBEDDED_PORT: port(7687),
  NEO4J_EMBEDDED_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_EMBEDDED_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .min(8, 'must be at least 8 characters')
      .max(256, 'must be at most 256 characters')
      .regex(/^[^\r\n]*$/, 'must be one line')
      .optional(),
  ),
  NEO4J_EMBEDDED_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a JVM heap size such as 512m or 1g')
    .default('1g'),
  NEO4J_EMBEDDED_PAGECACHE: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a size such as 64m or 1g')
    .default('64m'),
  SEED_ON_START: flag(true),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(100_000),
  // At most the driver's connection pool (100), so nobody waits inside the driver unseen.
  QUERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(16),
  CORS_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((list) =>
        list
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every(isOrigin), {
        message:
          'must be a comma-separated list of origins such as https://example.org (scheme, host, optional port)',
      })
      .optional(),
  ),
  GRAPHQL_FIELD_SUGGESTIONS: flag(true),
  GRAPHQL_INTROSPECTION: flag(true),
  CYPHER_STATS_HEADER: flag(true),
});

/** True for an exact origin (`https://host[:port]`), as browsers send it in the Origin header. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

/** The validated configuration; the only place `process.env` is interpreted. */
export interface Config {
  port: number;
  host: string;
  neo4j: {
    /** Absent: the embedded Neo4j is started. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  /** pageCache: Neo4j's page cache in bytes (large graphs load and read faster when it holds them). */
  embedded: {
    port: number;
    dir: string;
    heap: string;
    pageCache: number;
    /** Absent: generated on the first start and kept in `<dir>/password`. */
    password?: string | undefined;
  };
  seedOnStart: boolean;
  queryTimeoutMs: number;
  maxBodyBytes: number;
  /** Neo4j transactions run at once; more wait in line, the wait counting against the deadline. */
  queryConcurrency: number;
  /** Browser origins allowed to call the API cross-origin; empty means same-origin only. */
  corsOrigins: string[];
  /** Settings a public deployment turns off. */
  graphql: { fieldSuggestions: boolean; introspection: boolean; cypherStatsHeader: boolean };
}

/** '512m' or '2g' in bytes. */
function sizeInBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase() === 'g' ? 1024 ** 3 : 1024 ** 2;
  return Number(size.slice(0, -1)) * unit;
}

/** Variables whose values are never printed, not even when invalid. */
const SECRET_VARIABLES = new Set(['NEO4J_PASSWORD', 'NEO4J_EMBEDDED_PASSWORD']);

/** Thrown when an environment variable is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once. Tests pass their own variables; everything else
 * calls it with no argument.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const value = SECRET_VARIABLES.has(name) ? '(hidden)' : redact(JSON.stringify(env[name] ?? ''));
        return `${name}=${value}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  addSecret(e.NEO4J_PASSWORD);
  addSecret(e.NEO4J_EMBEDDED_PASSWORD);
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    embedded: {
      port: e.NEO4J_EMBEDDED_PORT,
      dir: path.resolve(REPO_ROOT, e.NEO4J_EMBEDDED_DIR),
      heap: e.NEO4J_EMBEDDED_HEAP,
      pageCache: sizeInBytes(e.NEO4J_EMBEDDED_PAGECACHE),
      password: e.NEO4J_EMBEDDED_PASSWORD,
    },
    seedOnStart: e.SEED_ON_START,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    queryConcurrency: e.QUERY_CONCURRENCY,
    corsOrigins: e.CORS_ORIGINS ?? [],
    graphql: {
      fieldSuggestions: e.GRAPHQL_FIELD_SUGGESTIONS,
      introspection: e.GRAPHQL_INTROSPECTION,
      cypherStatsHeader: e.CYPHER_STATS_HEADER,
    },
  };
}

/**
 * What a child process (the embedded Neo4j's JVM) needs to be found and run, and nothing else:
 * no secret of this process leaks into it.
 */
export function toolEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { PATH: env.PATH, JAVA_HOME: env.JAVA_HOME };
}
