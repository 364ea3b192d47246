import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@trade-truce/vocabulary';
import { PATHS } from '../paths';

const cache = new Map<string, string>();

/** A line `// include: <part>` stands for the text of cypher/parts/<part>.cypher. */
const INCLUDE = /^[ \t]*\/\/ include: ([a-z0-9-]+)[ \t]*$/gm;
/**
 * `/* include: <part> *\/` inside a line stands for the part as one line, its comments dropped:
 * the projections every read returns (`n {/* include: entity-fields *\/}`) are written once.
 */
const INLINE_INCLUDE = /\/\* include: ([a-z0-9-]+) \*\//g;

function readQuery(file: string): string {
  return fs.readFileSync(path.join(PATHS.cypher, `${file}.cypher`), 'utf8');
}

/**
 * Expands `// include: <part>` lines and inline `/* include: <part> *\/` comments, so a piece
 * every read shares (the relation filter of contract 2, the relations among a set of entities,
 * the entity and relation projections) is written once, in cypher/parts/.
 * Parts may include parts; a cycle is an error, not a hang.
 */
export function expandIncludes(text: string, read: (part: string) => string, seen: string[] = []): string {
  const expand = (part: string) => {
    if (seen.includes(part)) throw new Error(`Cypher part includes itself: ${[...seen, part].join(' > ')}`);
    return expandIncludes(read(part), read, [...seen, part]);
  };
  return text
    .replace(INCLUDE, (_line, part: string) => expand(part).trimEnd())
    .replace(INLINE_INCLUDE, (_comment, part: string) =>
      expand(part)
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/**
 * Drops whole-line `//` comments: they are for the reader of cypher/, and a query's text goes
 * over Bolt with every run (half of neighborhood.cypher's 7 KB is comments).
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/**
 * The text of a named query, `cypher/<name>.cypher`, with its parts included. Cypher lives only
 * in that folder, so a reviewer reads every query the app can run in one place.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Invalid Cypher query name: ${name}`);
    text = withoutCommentLines(
      expandIncludes(readQuery(name), (part) => readQuery(path.join('parts', part))),
    );
    cache.set(name, text);
  }
  return text;
}

/**
 * A named query written for one entity or relation type (`__TYPE__` in its text). The type comes
 * from the closed vocabulary, never from user text; a static type lets the planner use that
 * type's id constraint instead of checking every relationship.
 */
export function cypherForType(name: string, type: EntityType | RelationType): string {
  if (
    !(ENTITY_TYPES as readonly string[]).includes(type) &&
    !(RELATION_TYPES as readonly string[]).includes(type)
  ) {
    throw new Error(`Not a type of the vocabulary: ${type}`);
  }
  return cypher(name).replaceAll('__TYPE__', type);
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
