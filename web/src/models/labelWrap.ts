/** Measures the width in px of `text` drawn in the CSS `font` given. */
export type Measure = (text: string, font: string) => number;

/**
 * A measure without a browser: an average glyph width of 0.56 em (0.6 em bold), close to
 * system-ui's for Latin text. The export menu passes the browser's real measure instead.
 */
export const approximateMeasure: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
  const bold = /\b(600|700|bold)\b/.test(font);
  return text.length * size * (bold ? 0.6 : 0.56);
};

/**
 * Breaks a label into lines no wider than `maxWidth`, at spaces, as Cytoscape's
 * `text-wrap: wrap` does: words are added to a line while it fits, and a word wider than the
 * line stands on its own.
 */
export function wrapLabel(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
