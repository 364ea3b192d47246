import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { addSecret } from '../redact';

/** The user the embedded Neo4j's password belongs to. */
export const EMBEDDED_USER = 'neo4j';

/** Where the embedded Neo4j's password is kept: in its data folder, readable by the owner only. */
export function passwordFile(dir: string): string {
  return path.join(dir, 'password');
}

/** The password kept in `dir`, or undefined when there is none yet. */
export function readPasswordFile(dir: string): string | undefined {
  const file = passwordFile(dir);
  if (!fs.existsSync(file)) return undefined;
  // Tighten a file someone loosened: the password opens the whole database.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  addSecret(password);
  return password || undefined;
}

function writePasswordFile(dir: string, password: string): void {
  const file = passwordFile(dir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

/**
 * The embedded Neo4j's password: NEO4J_EMBEDDED_PASSWORD when set, else the one kept in the data
 * folder, else a new random one (32 characters, 192 bits). The file always holds the password
 * in force, so `npm run seed`, cypher-shell and Neo4j Browser can find it.
 */
export function resolveEmbeddedPassword(dir: string, fromEnvironment: string | undefined): string {
  const kept = readPasswordFile(dir);
  const password = fromEnvironment ?? kept ?? crypto.randomBytes(24).toString('base64url');
  addSecret(password);
  if (password !== kept) writePasswordFile(dir, password);
  return password;
}
