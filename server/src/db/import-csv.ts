import fs from 'node:fs';
import path from 'node:path';
import { itemsOf } from '../fixtures/items';
import { KINDS, type Kind } from '../fixtures/locations';
import { entityRow, relationRow, sourceRow } from '../fixtures/rows';
import type { FixtureScan } from '../fixtures/scan';
import type { EntityFixture, RelationFixture, SourceFixture } from '../fixtures/schema';

/**
 * Writes a validated fixture folder as the CSV files of `neo4j-admin database import full`, with
 * exactly the labels, types and properties the Cypher loader writes (rows.ts makes the rows of
 * both), each entity's degree counted here, and the `:Load` marker. Streams: one item at a time,
 * and only the entities' degrees are held (one number per entity).
 */

/**
 * Between the elements of a list (and labels). Validated text never holds Thai letters
 * (fixtures/schema.ts refuses them) and ids are slugs, so no value can contain it.
 */
export const ARRAY_DELIMITER = '\u0E3F';
const ARRAY_DELIMITER_OPTION = 'U+0E3F';

type Value = string | string[] | number | boolean | undefined | null;

/** One column: its CSV header (name:type, as the importer reads it) and the row key it takes. */
interface Column {
  header: string;
  key: string;
}

/** `name:type` reads the row's `name`; a header with no name (`:LABEL`) reads itself. */
const columns = (...headers: string[]): Column[] =>
  headers.map((header) => ({ header, key: header.split(':')[0] || header }));

const SOURCE_COLUMNS = columns('id:ID(Source)', ':LABEL', 'title', 'publisher', 'published', 'kind', 'url');
const ENTITY_COLUMNS = columns(
  'id:ID(Entity)',
  ':LABEL',
  'type',
  'name',
  'aliases:string[]',
  'description',
  'sourceIds:string[]',
  'degree:long',
);
const RELATION_COLUMNS = [
  { header: ':START_ID(Entity)', key: 'from' },
  { header: ':END_ID(Entity)', key: 'to' },
  ...columns(':TYPE', 'id', 'status', 'date', 'start', 'end', 'summary', 'sourceIds:string[]'),
  ...columns('citedVia', 'anonymousSource', 'quote', 'quoteSpeakerId'),
];
const LOAD_COLUMNS = columns(
  ':ID(Load)',
  ':LABEL',
  'id',
  'status',
  'mode',
  'replace:boolean',
  'source',
  'startedAt:datetime',
  'heartbeatAt:datetime',
  'batchesDone:long',
  'batchesTotal:long',
  'itemsDone:long',
  'itemsTotal:long',
  'phase',
);

/** The files written and what the importer must be told about them. */
export interface ImportFiles {
  dir: string;
  nodes: string[];
  relationships: string[];
  /** Some text holds a line break: the importer must parse multi-line fields (slower). */
  multiline: boolean;
  arrayDelimiter: string;
}

const quote = (s: string) => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`);

/** A CSV file written in large chunks; also notes line breaks in values. */
class CsvFile {
  private readonly fd: number;
  private chunk = '';
  multiline = false;

  constructor(
    readonly file: string,
    private readonly columns: Column[],
  ) {
    this.fd = fs.openSync(file, 'w');
    this.append(columns.map((c) => c.header).join(','));
  }

  row(values: Record<string, Value>): void {
    this.append(this.line(values));
  }

  /** One row as text, without its line break (an absent last value leaves the line ending in a comma). */
  line(values: Record<string, Value>): string {
    let line = '';
    for (let i = 0; i < this.columns.length; i += 1) {
      const c = this.columns[i] as Column;
      line += i === 0 ? this.field(values[c.key], c) : `,${this.field(values[c.key], c)}`;
    }
    return line;
  }

  append(line: string): void {
    this.chunk += `${line}\n`;
    if (this.chunk.length >= 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private field(value: Value, c: Column): string {
    if (value === undefined || value === null) return '';
    if (Array.isArray(value)) {
      for (const element of value)
        if (element.includes(ARRAY_DELIMITER))
          throw new Error(`A value of ${c.key} holds the importer's list delimiter: ${element}`);
      return this.text(value.join(ARRAY_DELIMITER));
    }
    if (typeof value === 'string') return this.text(value);
    return String(value);
  }

  private text(s: string): string {
    if (!this.multiline && (s.includes('\n') || s.includes('\r'))) this.multiline = true;
    return quote(s);
  }

  private flush(): void {
    if (this.chunk.length > 0) fs.writeSync(this.fd, this.chunk);
    this.chunk = '';
  }
}

/** What the `:Load` marker says when the import has written the graph (see importer.ts). */
export interface ImportMarker {
  source: string;
  startedAt: Date;
  itemsTotal: number;
  /** A `seed --replace` (the marker says so, as the Cypher loader's does). */
  replace?: boolean;
}

/**
 * Writes the importer's CSV files from items as they come, in any order of kinds: sources and
 * relations go straight to their files (relations counting each entity's degree), entities are
 * held as text until `finish`, when every degree is known (one line per entity: tens of MB at a
 * hundred thousand entities, never the relations). So the check pass can write the CSV as it
 * reads (seed.ts), and a folder with a problem is `discard`ed: nothing of it is kept.
 */
export class ImportCsvWriter {
  private readonly sources: CsvFile;
  private readonly relations: CsvFile;
  private readonly entities: CsvFile;
  private readonly entityLines: Array<{ id: string; line: string }> = [];
  private readonly degrees = new Map<string, number>();
  private closed = false;

  constructor(readonly dir: string) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    this.sources = new CsvFile(path.join(dir, 'sources.csv'), SOURCE_COLUMNS);
    this.relations = new CsvFile(path.join(dir, 'relations.csv'), RELATION_COLUMNS);
    this.entities = new CsvFile(path.join(dir, 'entities.csv'), ENTITY_COLUMNS);
  }

  /** One validated item (the schema's output, or a file's item as validated). */
  add(kind: Kind, item: SourceFixture | EntityFixture | RelationFixture): void {
    if (kind === 'sources') {
      this.sources.row({ ...sourceRow(item as SourceFixture).props, ':LABEL': 'Source' });
    } else if (kind === 'relations') {
      const r = item as RelationFixture;
      this.relations.row({ ...relationRow(r), ':TYPE': r.type });
      for (const end of [r.from, r.to]) this.degrees.set(end, (this.degrees.get(end) ?? 0) + 1);
    } else {
      const e = item as EntityFixture;
      // degree is the last column: left empty here, appended by finish().
      const line = this.entities.line({
        ...entityRow(e).props,
        ':LABEL': `Entity${ARRAY_DELIMITER}${e.type}`,
      });
      this.entityLines.push({ id: e.id, line });
    }
  }

  /** Writes the entities with their degrees and the `:Load` marker; returns what the importer reads. */
  finish(marker: ImportMarker): ImportFiles {
    for (const { id, line } of this.entityLines.splice(0))
      this.entities.append(`${line}${this.degrees.get(id) ?? 0}`);
    const load = new CsvFile(path.join(this.dir, 'load.csv'), LOAD_COLUMNS);
    const at = marker.startedAt.toISOString();
    load.row({
      ':ID(Load)': 'fixtures',
      ':LABEL': 'Load',
      id: 'fixtures',
      status: 'loading',
      mode: 'create',
      replace: marker.replace ?? false,
      source: marker.source,
      startedAt: at,
      heartbeatAt: at,
      batchesDone: 1,
      batchesTotal: 1,
      itemsDone: marker.itemsTotal,
      itemsTotal: marker.itemsTotal,
      phase: 'indexes',
    });
    load.close();
    this.close();
    const files = [this.sources, this.relations, this.entities];
    return {
      dir: this.dir,
      nodes: [this.sources.file, this.entities.file, load.file],
      relationships: [this.relations.file],
      multiline: files.some((f) => f.multiline),
      arrayDelimiter: ARRAY_DELIMITER_OPTION,
    };
  }

  /** Closes and removes everything written, and the parent folder if that leaves it empty (a folder with a problem writes nothing). */
  discard(): void {
    this.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
    try {
      fs.rmdirSync(path.dirname(this.dir));
    } catch {
      // not empty (or gone): it holds something else
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const file of [this.sources, this.relations, this.entities]) file.close();
  }
}

/**
 * Writes the CSV files of an already validated folder (its scan), reading the files again:
 * `onItems` is called every 10,000 items with the number written so far.
 */
export function writeImportCsv(
  scan: FixtureScan,
  dir: string,
  marker: ImportMarker,
  onItems: (done: number) => void = () => undefined,
): ImportFiles {
  const writer = new ImportCsvWriter(dir);
  let done = 0;
  try {
    for (const kind of KINDS) {
      for (const item of itemsOf(scan, kind)) {
        writer.add(kind, item);
        done += 1;
        if (done % 10_000 === 0) onItems(done);
      }
    }
  } catch (error) {
    writer.discard();
    throw error;
  }
  onItems(done);
  return writer.finish(marker);
}
