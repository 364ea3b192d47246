import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toolEnv } from '../env';
import { recordedArchiveOptions } from './class-archive';
import { JAR } from './embedded';
import type { ImportFiles } from './import-csv';

/**
 * Neo4j's admin tool (`neo4j-admin`), from the embedded Neo4j's classpath (neo4j-import-tool):
 * the launcher's jar, whose manifest names every library, so the launcher's class archive serves.
 */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** The importer's progress: stage k of n and its percent. */
export interface ImportToolProgress {
  stage: number;
  stages: number;
  name: string;
  percent: number;
}

/** Thrown when the importer fails; the message is its last meaningful lines. */
export class ImportToolError extends Error {
  override name = 'ImportToolError';
}

const STAGE = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d{2}-\d{2}/;
const PERCENT = /\s(\d{1,3})% /;

/** The command line of one full import into `database` of the data folder `home` (pure). */
export function importArguments(files: ImportFiles, database: string): string[] {
  return [
    'database',
    'import',
    'full',
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${files.arrayDelimiter}`,
    `--multiline-fields=${files.multiline}`,
    // The fixtures were validated: any bad line is a bug and must stop the import.
    '--bad-tolerance=0',
    '--overwrite-destination=false',
    `--report-file=${path.join(files.dir, 'import.report')}`,
    database,
  ];
}

/**
 * Runs `neo4j-admin database import full` in a JVM of its own on the data folder `home` (the
 * embedded Neo4j's NEO4J_HOME: data/databases, data/transactions), which must not be open.
 * Reports each stage's percent and resolves with the importer's peak (off-heap) memory; rejects
 * with the importer's own last lines when it fails.
 */
export function runImportTool(
  home: string,
  files: ImportFiles,
  options: { database: string; heap: string; onProgress?: (p: ImportToolProgress) => void },
): Promise<{ peakMemory: string | undefined }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      [
        `-Xmx${options.heap}`,
        ...recordedArchiveOptions(),
        '-cp',
        JAR,
        ADMIN_TOOL,
        ...importArguments(files, options.database),
      ],
      { env: { ...toolEnv(), NEO4J_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tail: string[] = [];
    let stage: Omit<ImportToolProgress, 'percent'> | undefined;
    let rest = '';
    let peakMemory: string | undefined;
    const read = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() && !/^[.\-\s]+\d+%/.test(line)) tail.push(line.trim());
        tail.splice(0, Math.max(0, tail.length - 12));
        peakMemory = /^Peak memory usage: (\S+)/.exec(line)?.[1] ?? peakMemory;
        const s = STAGE.exec(line);
        if (s) stage = { stage: Number(s[1]), stages: Number(s[2]), name: s[3] ?? '' };
        const p = PERCENT.exec(line);
        if (stage && p) options.onProgress?.({ ...stage, percent: Number(p[1]) });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', (error) => reject(new ImportToolError(`Cannot run java: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve({ peakMemory });
      const report = path.join(files.dir, 'import.report');
      const bad = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').split('\n').slice(0, 3) : [];
      reject(
        new ImportToolError(
          `neo4j-admin database import ended with ${signal ?? `exit code ${code}`}: ` +
            [...tail.slice(-4), ...bad].filter(Boolean).join(' | '),
        ),
      );
    });
  });
}
