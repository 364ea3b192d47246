import fs from 'node:fs';
import path from 'node:path';
import { itemsOf } from '../fixtures/items';
import { KINDS, type Kind } from '../fixtures/locations';
import type { FixtureScan } from '../fixtures/scan';
import type { EntityFixture, RelationFixture, SourceFixture } from '../fixtures/schema';
import { timeKeyOf } from '../fixtures/time-key';

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

type Value = string | readonly string[] | number | boolean | undefined | null;

/**
 * One column: its CSV header (name:type, as the importer reads it) and how an item gives its
 * value. Accessors read the fixture item directly (no row object per item: at a million
 * relations the intermediate objects cost seconds of allocation and GC); they repeat the two
 * transforms of rows.ts (text trimmed, aliases default to []), and a unit test holds the files
 * equal to what the Cypher loader writes.
 */
interface Column<T> {
  header: string;
  get: (item: T) => Value;
}

const col = <T>(header: string, get: (item: T) => Value): Column<T> => ({ header, get });
const trimmed = (s: string | undefined) => s?.trim();

const SOURCE_COLUMNS: Array<Column<SourceFixture>> = [
  col('id:ID(Source)', (s) => s.id),
  col(':LABEL', () => 'Source'),
  col('title', (s) => s.title.trim()),
  col('publisher', (s) => s.publisher.trim()),
  col('published', (s) => s.published),
  col('kind', (s) => s.kind),
  col('url', (s) => s.url),
];
/** The entity's degree is the last column: left empty per item, appended by finish(). */
const ENTITY_COLUMNS: Array<Column<EntityFixture>> = [
  col('id:ID(Entity)', (e) => e.id),
  col(':LABEL', (e) => `Entity${ARRAY_DELIMITER}${e.type}`),
  col('type', (e) => e.type),
  col('name', (e) => e.name.trim()),
  col('aliases:string[]', (e) => (e.aliases ?? []).map((a) => a.trim())),
  col('description', (e) => e.description.trim()),
  col('sourceIds:string[]', (e) => e.sourceIds),
  col('degree:long', () => undefined),
];
const RELATION_COLUMNS: Array<Column<RelationFixture>> = [
  col(':START_ID(Entity)', (r) => r.from),
  col(':END_ID(Entity)', (r) => r.to),
  col(':TYPE', (r) => r.type),
  col('id', (r) => r.id),
  col('status', (r) => r.status),
  col('date', (r) => r.date),
  col('start', (r) => r.start),
  col('end', (r) => r.end),
  col('summary', (r) => r.summary.trim()),
  col('sourceIds:string[]', (r) => r.sourceIds),
  col('citedVia', (r) => r.citedVia),
  col('anonymousSource', (r) => trimmed(r.anonymousSource)),
  col('quote', (r) => trimmed(r.quote?.text)),
  col('quoteSpeakerId', (r) => r.quote?.speakerId),
  col('timeKey', (r) => timeKeyOf(r)),
];
type LoadRow = Record<string, Value>;
const LOAD_COLUMNS: Array<Column<LoadRow>> = [
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
].map((header) => col(header, (row: LoadRow) => row[header.split(':')[0] || header]));

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
class CsvFile<T> {
  private readonly fd: number;
  private chunk = '';
  multiline = false;

  constructor(
    readonly file: string,
    private readonly columns: Array<Column<T>>,
  ) {
    this.fd = fs.openSync(file, 'w');
    this.append(columns.map((c) => c.header).join(','));
  }

  row(item: T): void {
    this.append(this.line(item));
  }

  /** One row as text, without its line break (an absent last value leaves the line ending in a comma). */
  line(item: T): string {
    let line = '';
    for (let i = 0; i < this.columns.length; i += 1) {
      const c = this.columns[i] as Column<T>;
      const field = this.field(c.get(item), c);
      line = i === 0 ? field : `${line},${field}`;
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

  private field(value: Value, c: Column<T>): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) {
      for (const element of value as readonly string[])
        if (element.includes(ARRAY_DELIMITER))
          throw new Error(`A value of ${c.header} holds the importer's list delimiter: ${element}`);
      return this.text(value.join(ARRAY_DELIMITER));
    }
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
  private readonly sources: CsvFile<SourceFixture>;
  private readonly relations: CsvFile<RelationFixture>;
  private readonly entities: CsvFile<EntityFixture>;
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
      this.sources.row(item as SourceFixture);
    } else if (kind === 'relations') {
      const r = item as RelationFixture;
      this.relations.row(r);
      this.degrees.set(r.from, (this.degrees.get(r.from) ?? 0) + 1);
      this.degrees.set(r.to, (this.degrees.get(r.to) ?? 0) + 1);
    } else {
      const e = item as EntityFixture;
      // degree is the last column: left empty here, appended by finish().
      this.entityLines.push({ id: e.id, line: this.entities.line(e) });
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
