/** A link between two entities drawn in columns, by id. */
export interface ColumnLink {
  from: string;
  to: string;
}

/** Every ordering of `items`, in lexicographic order of the input (for short columns only). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * How untidy two columns look: each pair of crossing links between them counts 3, and a link
 * inside one column counts 2 for every entity it has to pass (it would run through them).
 */
export function columnCost(
  left: readonly string[],
  right: readonly string[],
  links: readonly ColumnLink[],
): number {
  const l = new Map(left.map((id, i) => [id, i]));
  const r = new Map(right.map((id, i) => [id, i]));
  const across: Array<[number, number]> = [];
  let cost = 0;
  for (const link of links) {
    const [a, b] = [link.from, link.to];
    const la = l.get(a);
    const lb = l.get(b);
    const ra = r.get(a);
    const rb = r.get(b);
    if (la !== undefined && rb !== undefined) across.push([la, rb]);
    else if (ra !== undefined && lb !== undefined) across.push([lb, ra]);
    else if (la !== undefined && lb !== undefined) cost += 2 * Math.max(0, Math.abs(la - lb) - 1);
    else if (ra !== undefined && rb !== undefined) cost += 2 * Math.max(0, Math.abs(ra - rb) - 1);
  }
  for (let i = 0; i < across.length; i++)
    for (let j = i + 1; j < across.length; j++) {
      const [a1, b1] = across[i] ?? [0, 0];
      const [a2, b2] = across[j] ?? [0, 0];
      if ((a1 - a2) * (b1 - b2) < 0) cost += 3;
    }
  return cost;
}

/** Columns longer than this keep the order they come in (n! orderings get too many). */
const MAX_EXHAUSTIVE = 7;
/** Up to this many pairs of orderings, both columns are searched together. */
const MAX_JOINT = 50_000;

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/**
 * Orders two columns of entities so the links between them cross as little as possible and
 * links inside a column join neighbours. Short columns (a classroom picture) are searched
 * together, every pair of orderings; longer ones one at a time while the other stays put.
 * Only strict improvements count, so the answer depends on the input order alone.
 */
export function orderColumns(
  left: readonly string[],
  right: readonly string[],
  links: readonly ColumnLink[],
): { left: string[]; right: string[] } {
  let best = { left: [...left], right: [...right] };
  let cost = columnCost(best.left, best.right, links);
  const consider = (next: { left: string[]; right: string[] }) => {
    const c = columnCost(next.left, next.right, links);
    if (c < cost) {
      best = next;
      cost = c;
    }
  };
  if (factorial(left.length) * factorial(right.length) <= MAX_JOINT) {
    const rights = permutations(right);
    for (const l of permutations(left)) for (const r of rights) consider({ left: l, right: r });
    return best;
  }
  for (let round = 0; round < 3; round++) {
    const before = cost;
    for (const side of ['left', 'right'] as const) {
      if (best[side].length > MAX_EXHAUSTIVE) continue;
      for (const order of permutations(best[side])) consider({ ...best, [side]: order });
    }
    if (cost === before) break;
  }
  return best;
}
