import fs from 'node:fs';
import path from 'node:path';
import { itemsOf } from '../fixtures/items';
import { entityRow, relationRow, sourceRow } from '../fixtures/rows';
import type { FixtureScan } from '../fixtures/scan';

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
    let line = '';
    for (let i = 0; i < this.columns.length; i += 1) {
      const c = this.columns[i] as Column;
      line += i === 0 ? this.field(values[c.key], c) : `,${this.field(values[c.key], c)}`;
    }
    this.append(line);
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

  private append(line: string): void {
    this.chunk += `${line}\n`;
    if (this.chunk.length >= 1 << 20) this.flush();
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
 * Writes sources.csv, relations.csv (counting degrees on the way), entities.csv and load.csv
 * into `dir`. `onItems` is called every 10,000 items with the number written so far.
 */
export function writeImportCsv(
  scan: FixtureScan,
  dir: string,
  marker: ImportMarker,
  onItems: (done: number) => void = () => undefined,
): ImportFiles {
  fs.mkdirSync(dir, { recursive: true });
  let done = 0;
  const tick = () => {
    done += 1;
    if (done % 10_000 === 0) onItems(done);
  };
  const files: CsvFile[] = [];
  const open = (name: string, columns: Column[]) => {
    const file = new CsvFile(path.join(dir, name), columns);
    files.push(file);
    return file;
  };
  try {
    const sources = open('sources.csv', SOURCE_COLUMNS);
    for (const s of itemsOf(scan, 'sources')) {
      sources.row({ ...sourceRow(s).props, ':LABEL': 'Source' });
      tick();
    }
    const degrees = new Map<string, number>();
    const relations = open('relations.csv', RELATION_COLUMNS);
    for (const r of itemsOf(scan, 'relations')) {
      relations.row({ ...relationRow(r), ':TYPE': r.type });
      for (const end of [r.from, r.to]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
      tick();
    }
    const entities = open('entities.csv', ENTITY_COLUMNS);
    for (const e of itemsOf(scan, 'entities')) {
      const { props } = entityRow(e);
      entities.row({
        ...props,
        ':LABEL': `Entity${ARRAY_DELIMITER}${e.type}`,
        degree: degrees.get(e.id) ?? 0,
      });
      tick();
    }
    const load = open('load.csv', LOAD_COLUMNS);
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
    onItems(done);
  } finally {
    for (const file of files) file.close();
  }
  const [sources, relations, entities, load] = files.map((f) => f.file);
  return {
    dir,
    nodes: [sources, entities, load].filter((f): f is string => !!f),
    relationships: relations ? [relations] : [],
    multiline: files.some((f) => f.multiline),
    arrayDelimiter: ARRAY_DELIMITER_OPTION,
  };
}
