import path from 'node:path';
import type { Kind } from '../fixtures/locations';
import type { EntityFixture, RelationFixture, SourceFixture } from '../fixtures/schema';
import { CsvFile, ENTITY_COLUMNS, RELATION_COLUMNS, SOURCE_COLUMNS } from './csv-format';

/** What one fixture file gave the importer's CSV: files written, and its entities' lines. */
export interface CsvPart {
  nodes: string[];
  relationships: string[];
  /** The file's entities, one line each in item order, the degree column left for the writer. */
  entityLines: string[];
  multiline: boolean;
}

/**
 * The CSV of one fixture file, written by the worker thread that checks it (parallel-scan.ts):
 * its sources and relations go to files of their own (`sources-0003.csv`, `relations-0003.csv`;
 * the importer reads several files per kind, each with its header), its entities become lines
 * that the folder's writer (ImportCsvWriter.addPart) finishes once every degree is known.
 */
export class ImportCsvPartWriter {
  private sources: CsvFile<SourceFixture> | undefined;
  private relations: CsvFile<RelationFixture> | undefined;
  private readonly entities = new CsvFile<EntityFixture>(undefined, ENTITY_COLUMNS);
  private readonly entityLines: string[] = [];

  /** `name` tells this file's CSV files from the others' (the fixture file's number). */
  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  /** One item that passed its schema. */
  add(kind: Kind, item: SourceFixture | EntityFixture | RelationFixture): void {
    if (kind === 'sources') {
      this.sources ??= new CsvFile(path.join(this.dir, `sources-${this.name}.csv`), SOURCE_COLUMNS);
      this.sources.row(item as SourceFixture);
    } else if (kind === 'relations') {
      this.relations ??= new CsvFile(path.join(this.dir, `relations-${this.name}.csv`), RELATION_COLUMNS);
      this.relations.row(item as RelationFixture);
    } else this.entityLines.push(this.entities.line(item as EntityFixture));
  }

  /** Closes the files; what the folder's writer takes. */
  finish(): CsvPart {
    this.sources?.close();
    this.relations?.close();
    return {
      nodes: this.sources?.file ? [this.sources.file] : [],
      relationships: this.relations?.file ? [this.relations.file] : [],
      entityLines: this.entityLines,
      multiline: [this.sources, this.relations, this.entities].some((f) => f?.multiline),
    };
  }
}
