import fs from 'node:fs';
import type { EntityFixture, RelationFixture, SourceFixture } from '../fixtures/schema';
import { timeKeyOf } from '../fixtures/time-key';

/**
 * The columns of the CSV files `neo4j-admin database import full` reads, and the file that writes
 * them: shared by the writer of a whole folder (import-csv.ts) and the per-file writer the check
 * workers use (import-csv-part.ts).
 */

/**
 * Between the elements of a list (and labels). Validated text never holds Thai letters
 * (fixtures/schema.ts refuses them) and ids are slugs, so no value can contain it.
 */
export const ARRAY_DELIMITER = '\u0E3F';
export const ARRAY_DELIMITER_OPTION = 'U+0E3F';

type Value = string | readonly string[] | number | boolean | undefined | null;

/**
 * One column: its CSV header (name:type, as the importer reads it) and how an item gives its
 * value. Accessors read the fixture item directly (no row object per item: at a million
 * relations the intermediate objects cost seconds of allocation and GC); they repeat the two
 * transforms of rows.ts (text trimmed, aliases default to []), and a unit test holds the files
 * equal to what the Cypher loader writes.
 */
export interface Column<T> {
  header: string;
  get: (item: T) => Value;
}

const col = <T>(header: string, get: (item: T) => Value): Column<T> => ({ header, get });
const trimmed = (s: string | undefined) => s?.trim();

export const SOURCE_COLUMNS: Array<Column<SourceFixture>> = [
  col('id:ID(Source)', (s) => s.id),
  col(':LABEL', () => 'Source'),
  col('title', (s) => s.title.trim()),
  col('publisher', (s) => s.publisher.trim()),
  col('published', (s) => s.published),
  col('kind', (s) => s.kind),
  col('url', (s) => s.url),
];
/** The entity's degree is the last column: left empty per item, appended by finish(). */
export const ENTITY_COLUMNS: Array<Column<EntityFixture>> = [
  col('id:ID(Entity)', (e) => e.id),
  col(':LABEL', (e) => `Entity${ARRAY_DELIMITER}${e.type}`),
  col('type', (e) => e.type),
  col('name', (e) => e.name.trim()),
  col('aliases:string[]', (e) => (e.aliases ?? []).map((a) => a.trim())),
  col('description', (e) => e.description.trim()),
  col('sourceIds:string[]', (e) => e.sourceIds),
  col('degree:long', () => undefined),
];
export const RELATION_COLUMNS: Array<Column<RelationFixture>> = [
  col(':START_ID(Entity)', (r) => r.from),
  col(':END_ID(Entity)', (r) => r.to),
  col(':TYPE', (r) => r.type),
  col('id', (r) => r.id),
  // The ends' ids again, for the ends indexes (cypher/schema.cypher).
  col('fromId', (r) => r.from),
  col('toId', (r) => r.to),
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
export type LoadRow = Record<string, Value>;
export const LOAD_COLUMNS: Array<Column<LoadRow>> = [
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
  'relationEnds:boolean',
].map((header) => col(header, (row: LoadRow) => row[header.split(':')[0] || header]));

const quote = (s: string) => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`);

/**
 * A CSV file written in large chunks; also notes line breaks in values. Without a file name it
 * only makes lines (`line`), for a writer that holds them until it can finish them.
 */
export class CsvFile<T> {
  private readonly fd: number | undefined;
  private chunk = '';
  multiline = false;
  /** Rows written, header not counted. */
  rows = 0;

  constructor(
    readonly file: string | undefined,
    private readonly columns: Array<Column<T>>,
  ) {
    if (file === undefined) return;
    this.fd = fs.openSync(file, 'w');
    this.append(columns.map((c) => c.header).join(','));
  }

  row(item: T): void {
    this.append(this.line(item));
    this.rows += 1;
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
    if (this.fd !== undefined) fs.closeSync(this.fd);
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
    if (this.chunk.length > 0 && this.fd !== undefined) fs.writeSync(this.fd, this.chunk);
    this.chunk = '';
  }
}
