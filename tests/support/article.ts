import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/paths';

/** The source article as the project received it, kept beside the repository in shared/seed/. */
const ARTICLE = path.join('shared', 'seed', '000_40f1f5bbdec50f28.txt');
/** A verbatim copy inside the repository, so a clone anywhere checks the same text. */
const COPY = path.join(REPO_ROOT, 'tests', 'fixtures', 'article', '000_40f1f5bbdec50f28.txt');

/**
 * Finds the article: the copy in tests/fixtures/article, else `shared/` which sits beside the repository (a clone, CI) or a few folders up
 * (a worktree under wt/). Throws, naming where it looked, when it is nowhere: the truth tests
 * must fail rather than pass without the text they check against.
 */
export function articlePath(): string {
  const tried: string[] = [COPY];
  if (fs.existsSync(COPY)) return COPY;
  for (let dir = path.dirname(REPO_ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ARTICLE);
    tried.push(candidate);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`The source article was not found; looked at:\n${tried.join('\n')}`);
}

/** What every mangled quote, apostrophe and dash becomes on both sides of a comparison. */
const MARK = '\u0001';

/**
 * Text reduced to what survives the seed's mangling. The seed turned every curly quote,
 * apostrophe and dash into a Thai letter (U+0E42, "โ") and non-breaking spaces into another
 * (U+0E22 before a space); the original character is lost, so quotes, apostrophes and dashes on
 * both sides become one mark. "U.S." is written "US", and runs of spaces become one.
 */
export function normalise(text: string): string {
  return text
    .replace(/\u0E22(?=\s)/g, ' ')
    .replace(/[\u0E42'"\u2018\u2019\u201C\u201D\u2013\u2014]/g, MARK)
    .replace(/\bU\.S\./g, 'US')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The article's text, normalised (see `normalise`). */
export function articleText(): string {
  return normalise(fs.readFileSync(articlePath(), 'utf8'));
}
