import fs from 'node:fs';
import path from 'node:path';
import { PATHS } from '../paths';

const cache = new Map<string, string>();

/**
 * The text of a named query, `cypher/<name>.cypher`. Cypher lives only in that folder, so a
 * reviewer reads every query the app can run in one place.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Invalid Cypher query name: ${name}`);
    text = fs.readFileSync(path.join(PATHS.cypher, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a file of several statements (schema.cypher) on semicolons at line ends, dropping
 * `//` comment lines.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
