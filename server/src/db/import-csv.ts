import fs from 'node:fs';
import path from 'node:path';
import { itemsOf } from '../fixtures/items';
import { KINDS, type Kind } from '../fixtures/locations';
import type { FixtureScan } from '../fixtures/scan';
import type { EntityFixture, RelationFixture, SourceFixture } from '../fixtures/schema';
import {
  ARRAY_DELIMITER_OPTION,
  CsvFile,
  ENTITY_COLUMNS,
  LOAD_COLUMNS,
  RELATION_COLUMNS,
  SOURCE_COLUMNS,
} from './csv-format';
import type { CsvPart } from './import-csv-part';

export { ARRAY_DELIMITER } from './csv-format';

/**
 * Writes a validated fixture folder as the CSV files of `neo4j-admin database import full`, with
 * exactly the labels, types and properties the Cypher loader writes (rows.ts makes the rows of
 * both), each entity's degree counted here, and the `:Load` marker. Streams: one item at a time,
 * and only the entities' degrees are held (one number per entity).
 */

/** The files written and what the importer must be told about them. */
export interface ImportFiles {
  dir: string;
  nodes: string[];
  relationships: string[];
  /** Some text holds a line break: the importer must parse multi-line fields (slower). */
  multiline: boolean;
  arrayDelimiter: string;
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
  /** What files written elsewhere (addPart) hold. */
  private readonly parts: Omit<CsvPart, 'entityLines'> = { nodes: [], relationships: [], multiline: false };
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

  /**
   * One fixture file's part, written by a check worker (import-csv-part.ts): its files are
   * taken as they are, its entity lines (ids in `entityIds`, same order) wait for their degrees,
   * and `ends` are its relations' ends with how often each occurs (its degree in that file).
   */
  addPart(
    part: CsvPart,
    entityIds: readonly string[],
    ends: ReadonlyArray<{ ids: string[]; counts: ArrayLike<number> }>,
  ): void {
    this.parts.nodes.push(...part.nodes);
    this.parts.relationships.push(...part.relationships);
    this.parts.multiline ||= part.multiline;
    part.entityLines.forEach((line, k) => this.entityLines.push({ id: entityIds[k] as string, line }));
    for (const table of ends)
      table.ids.forEach((id, k) =>
        this.degrees.set(id, (this.degrees.get(id) ?? 0) + (table.counts[k] as number)),
      );
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
      relationEnds: true,
    });
    load.close();
    this.close();
    const files = [this.sources, this.relations, this.entities];
    // This writer's own sources and relations files, unless parts hold them all.
    const own = (file: { rows: number; file?: string }, parts: string[]) =>
      file.file !== undefined && (file.rows > 0 || parts.length === 0) ? [file.file] : [];
    return {
      dir: this.dir,
      nodes: [
        ...own(this.sources, this.parts.nodes),
        ...this.parts.nodes,
        this.entities.file as string,
        load.file as string,
      ],
      relationships: [...own(this.relations, this.parts.relationships), ...this.parts.relationships],
      multiline: this.parts.multiline || files.some((f) => f.multiline),
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
