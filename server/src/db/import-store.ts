import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded database's store folders during a bulk import: the store in place is moved aside
 * before the importer writes a new one, and comes back if anything fails before the new graph is
 * complete. So a failed import, or a `seed --replace` by import, leaves the database as it was.
 */

/** The store folders of `database` in the embedded Neo4j's data folder `home`. */
export function storeFolders(home: string, database: string): string[] {
  return [path.join(home, 'data', 'databases', database), path.join(home, 'data', 'transactions', database)];
}

/** Where the CSV files of an import are written (removed with the import's outcome). */
export const importCsvFolder = (home: string) => path.join(home, 'import', 'csv');

/** Where the previous store waits while an import runs. */
export const asideFolder = (home: string) => path.join(home, 'import', 'previous');

/**
 * An import cut short (its process killed) leaves the previous store aside and perhaps a partial
 * one in its place: the previous one comes back, so the cut-short import wrote nothing. Called by
 * whoever takes the data folder's lock (no import can be running then) while Neo4j is stopped.
 */
export function restoreCutShort(home: string, database: string): void {
  const aside = asideFolder(home);
  if (!fs.existsSync(aside)) return;
  storeFolders(home, database).forEach((folder, i) => {
    const kept = path.join(aside, String(i));
    if (!fs.existsSync(kept)) return;
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(kept, folder);
  });
  fs.rmSync(path.join(home, 'import'), { recursive: true, force: true });
}

/** The previous store, set aside: put it back (on failure) or drop it (once the new one is complete). */
export interface AsideStore {
  restore(): void;
  drop(): void;
}

/** Moves the store folders aside (Neo4j must be stopped). */
export function moveAside(home: string, database: string): AsideStore {
  const to = asideFolder(home);
  fs.rmSync(to, { recursive: true, force: true });
  const moved = storeFolders(home, database).flatMap((from, i) => {
    if (!fs.existsSync(from)) return [];
    const aside = path.join(to, String(i));
    fs.mkdirSync(to, { recursive: true });
    fs.renameSync(from, aside);
    return [{ from, aside }];
  });
  // The import's working folder (the CSV files and the previous store) goes with either outcome.
  const work = path.dirname(to);
  return {
    restore() {
      for (const f of storeFolders(home, database)) fs.rmSync(f, { recursive: true, force: true });
      for (const { from, aside } of moved) fs.renameSync(aside, from);
      fs.rmSync(work, { recursive: true, force: true });
    },
    drop: () => fs.rmSync(work, { recursive: true, force: true }),
  };
}
