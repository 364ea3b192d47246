/**
 * How the explorer draws views too large to draw in full: node boxes computed from their labels
 * before Cytoscape holds them (so a layout can place nodes that are then drawn once), and the
 * large view's cheap relations, drawn in full with their direction where zoomed in or selected.
 * What a browser shows of it is covered in tests/e2e/large-view.test.ts.
 */
import { cytoscapeLines, groupNodeBox, labelledNodeBox } from '../../../web/src/models/nodeBox';
import { buildStylesheet, DEFAULT_STYLE, DETAILED, NODE_LABEL } from '../../../web/src/models/stylesheet';

/** Seven pixels a character, whatever the font. */
const measure = (text: string) => text.length * 7;
const width = (text: string) => Math.ceil(measure(text));

test('labels wrap where Cytoscape wraps them: at spaces, each line keeping the space that ends it', () => {
  expect(cytoscapeLines('Salt Typhoon', 104, width)).toEqual(['Salt Typhoon']);
  // 26 characters (182 px) in lines of at most 104 px (14 characters with their spaces).
  expect(cytoscapeLines('Rare Earth Security Office', 104, width)).toEqual([
    'Rare Earth ',
    'Security ',
    'Office',
  ]);
  // A word wider than a line stands on a line of its own.
  expect(cytoscapeLines('Supercalifragilistic man', 104, width)).toEqual(['Supercalifragilistic ', 'man']);
});

test("an entity's box spans its shape and the wrapped label under it", () => {
  const one = labelledNodeBox('a', 10, 20, 'Salt Typhoon', 30, measure);
  expect(one).toMatchObject({ id: 'a', x: 10, y: 20 });
  // The label (84 px) is wider than the shape: its half width and padding set the sides.
  expect(one.right).toBe(84 / 2 + 4);
  expect(one.left).toBe(-one.right);
  expect(one.top).toBeLessThan(-15);
  // Under the shape: margin, padding and one line of the label font.
  expect(one.bottom).toBe(15 + 8 + NODE_LABEL.fontSize);

  const three = labelledNodeBox('b', 0, 0, 'Rare Earth Security Office', 46, measure);
  expect(three.bottom).toBe(23 + 8 + 3 * NODE_LABEL.fontSize);
  // A short label under a large shape: the shape sets the sides.
  const wide = labelledNodeBox('c', 0, 0, 'US', 46, measure);
  expect(wide.right).toBeGreaterThan(23);
  expect(wide.right).toBeLessThan(23 + 4);
  expect(groupNodeBox('g', 0, 0).right).toBeGreaterThanOrEqual(75);
});

const ruleFor = (rules: ReturnType<typeof buildStylesheet>, selector: string) =>
  rules.filter((r) => r.selector === selector || r.selector.split(', ').includes(selector));
const edgeStyle = (rules: ReturnType<typeof buildStylesheet>, selector: string) =>
  Object.assign({}, ...ruleFor(rules, selector).map((r) => r.style)) as Record<string, unknown>;

test('a large view draws relations as plain lines, and in full (straight, with arrowheads) in sight or selected', () => {
  const large = buildStylesheet(DEFAULT_STYLE, { large: true });
  const plain = edgeStyle(large, 'edge');
  expect(plain['curve-style']).toBe('haystack');
  expect(plain['target-arrow-shape']).toBe('none');
  for (const selector of [`edge.${DETAILED}`, 'edge:selected', 'edge.incident', 'edge.path']) {
    const full = ruleFor(large, selector).find((r) => r.style['curve-style'] !== undefined);
    expect(full?.style).toMatchObject({ 'curve-style': 'straight', 'target-arrow-shape': 'triangle' });
    // Later rules never take the arrowhead away again.
    const after = large.slice(large.indexOf(full!) + 1);
    expect(after.filter((r) => r.style['target-arrow-shape'] === 'none' && r.selector === 'edge')).toEqual(
      [],
    );
  }
  // Small views keep their curved relations with arrowheads everywhere.
  const small = edgeStyle(buildStylesheet(DEFAULT_STYLE), 'edge');
  expect(small).toMatchObject({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' });
});

test('a view of many relations draws them as lines, and in full (curved, with arrowheads and words) in sight or selected', () => {
  const lines = buildStylesheet(DEFAULT_STYLE, { lines: true });
  expect(edgeStyle(lines, 'edge')).toMatchObject({
    'curve-style': 'haystack',
    'target-arrow-shape': 'none',
    label: '',
    // As wide as in a small view: only large views thin their lines.
    width: 1.6,
  });
  for (const selector of [`edge.${DETAILED}`, 'edge:selected', 'edge.incident', 'edge.path']) {
    const full = ruleFor(lines, selector).find((r) => r.style['curve-style'] !== undefined);
    expect(full?.style).toEqual({
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
    });
  }
  // Relation words switched off stay off in full too.
  const wordless = buildStylesheet({ ...DEFAULT_STYLE, edgeLabels: 'never' }, { lines: true });
  expect(ruleFor(wordless, `edge.${DETAILED}`).find((r) => r.style.label !== undefined)?.style.label).toBe(
    '',
  );
  // A large view keeps its own, cheaper full drawing.
  const large = buildStylesheet(DEFAULT_STYLE, { large: true, lines: true });
  expect(ruleFor(large, `edge.${DETAILED}`).map((r) => r.style['curve-style'])).toContain('straight');
  expect(ruleFor(large, `edge.${DETAILED}`).map((r) => r.style['curve-style'])).not.toContain('bezier');
});
