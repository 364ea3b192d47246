/**
 * Turns what a person types into a Lucene query for the full-text index. Only letters and digits
 * survive, so no Lucene syntax from the user reaches the index; each word matches exactly
 * (boosted, more so in the name or an alias), as a prefix ("minist" -> Ministry) and, from four
 * letters on, fuzzily ("typhon" -> Typhoon). Several words also match as a phrase in a name or
 * alias ("department of defense" -> the Pentagon's alias "US Department of Defense").
 */
export const MAX_WORDS = 8;

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

export function luceneQuery(text: string): string {
  const ws = words(text);
  const perWord = ws.map((w) => {
    const terms = [`name:${w}^6`, `aliases:${w}^6`, `${w}^3`, `${w}*^2`];
    if (w.length >= 4) terms.push(`${w}~${w.length >= 7 ? 2 : 1}`);
    return `(${terms.join(' OR ')})`;
  });
  if (ws.length > 1) {
    const phrase = `"${ws.join(' ')}"`;
    perWord.push(`(name:${phrase}^12 OR aliases:${phrase}^12)`);
  }
  return perWord.join(' OR ');
}

/** Anything that is not a letter or a digit: what separates words in a name. */
const GAP = '[^\\p{L}\\p{N}]';

/**
 * Regular expressions (Java syntax, for Cypher's `=~`, which must match the whole string) that
 * rank hits by how a name or alias matches the typed words, case-insensitively: `exact` when it
 * is those words and nothing else ("china" -> "China", "mss" -> "MSS"), `phrase` when it holds
 * them as consecutive whole words ("department of defense" -> "US Department of Defense").
 * The words are letters and digits only, so nothing the user types becomes regex syntax.
 */
export function namePatterns(text: string): { exact: string; phrase: string } {
  const ws = words(text);
  if (ws.length === 0) return { exact: '(?!)', phrase: '(?!)' };
  const body = ws.join(`${GAP}+`);
  return {
    exact: `(?isu)${GAP}*${body}${GAP}*`,
    phrase: `(?isu)(.*${GAP})?${body}(${GAP}.*)?`,
  };
}

/**
 * How many hits the index hands over for ranking: enough for the exact and phrase matches of
 * the name and alias fields (boosted, so near the top) to be among them, bounded so a common
 * word over a large graph never sorts every hit.
 */
export function searchWindow(limit: number): number {
  return Math.max(100, limit * 5);
}
