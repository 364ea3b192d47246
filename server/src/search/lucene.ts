/**
 * Turns what a person types into a Lucene query for the full-text index. Only letters and digits
 * survive, so no Lucene syntax from the user reaches the index; each word matches exactly
 * (boosted, more so in the name or an alias), as a prefix ("minist" -> Ministry) and, from four
 * letters on, fuzzily ("typhon" -> Typhoon).
 */
export const MAX_WORDS = 8;

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

export function luceneQuery(text: string): string {
  return words(text)
    .map((w) => {
      const terms = [`name:${w}^6`, `aliases:${w}^6`, `${w}^3`, `${w}*^2`];
      if (w.length >= 4) terms.push(`${w}~${w.length >= 7 ? 2 : 1}`);
      return `(${terms.join(' OR ')})`;
    })
    .join(' OR ');
}
