/**
 * GraphQL requests generated from the schema with fast-check, for the fuzz test and
 * `npm run bench:fuzz`: documents that pick root fields, arguments (literal or variable, mostly
 * well-typed, sometimes not) and nested selections, plus a share of broken text and bodies.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One request to send: a body for POST, or a query string for GET. */
export type FuzzRequest = { kind: 'post'; body: string } | { kind: 'get'; search: string };

const IDS = ['mss', 'china', 'united-states', 'salt-typhoon', 'donald-trump', 'rare-earths', 'ree-article'];
const NASTY = [
  '',
  ' ',
  `mss"}) DETACH DELETE n //`,
  '*:* OR name:*',
  '\u0000',
  '🐉',
  'a'.repeat(300),
  '$x {{x}}',
  '__proto__',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...IDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
);
const int = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 100, 101, 500, 501, 2 ** 31 - 1, -(2 ** 31)) },
);

/** A JSON value for an input type; `sloppy` lets a wrong type through now and then. */
function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, depth);
  const wrong = fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.boolean());
  let right: fc.Arbitrary<unknown>;
  if (isListType(type)) right = fc.array(inputValue(type.ofType, depth + 1), { maxLength: 3 });
  else if (isEnumType(type)) right = fc.constantFrom(...type.getValues().map((v) => v.name));
  else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    right =
      depth > 2
        ? fc.constant({})
        : fc.record(Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, depth + 1)])), {
            requiredKeys: [],
          });
  } else if (isScalarType(type)) {
    right =
      type.name === 'Int'
        ? int
        : type.name === 'Float'
          ? fc.double({ noNaN: true, min: -10, max: 1000 })
          : type.name === 'Boolean'
            ? fc.boolean()
            : type.name === 'Date'
              ? fc.oneof(fc.constantFrom('2025', '2025-10', '2025-10-30', '2025-13-40', 'soon'), text)
              : text;
  } else right = fc.constant(null);
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** A GraphQL literal for a JSON value of a given type (enum names unquoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (value === null || value === undefined) return 'null';
  if (isListType(type) && Array.isArray(value))
    return `[${value.map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isEnumType(type) && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value)) return value;
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([k]) => fields[k])
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
  definitions: string[];
}

/** A field with its arguments and, for object types, a nested selection. */
function field(f: GraphQLField<unknown, unknown>, depth: number, vars: { n: number }): fc.Arbitrary<Built> {
  const args = f.args.map((arg) =>
    fc
      .tuple(fc.constantFrom('omit', 'literal', 'literal', 'variable'), inputValue(arg.type))
      .map(([how, value]): Built => {
        if (how === 'omit' && !isNonNullType(arg.type)) return { text: '', variables: {}, definitions: [] };
        if (how === 'variable') {
          const name = `v${vars.n++}`;
          return {
            text: `${arg.name}: $${name}`,
            variables: { [name]: value },
            definitions: [`$${name}: ${String(arg.type)}`],
          };
        }
        return { text: `${arg.name}: ${literal(value, arg.type)}`, variables: {}, definitions: [] };
      }),
  );
  const named = getNamedType(f.type);
  const selection: fc.Arbitrary<Built | undefined> =
    isLeafType(named) || depth >= 3 || !isObjectType(named)
      ? fc.constant(
          isLeafType(named) ? undefined : { text: '{ __typename }', variables: {}, definitions: [] },
        )
      : selectionSet(named, depth + 1, vars);
  return fc.tuple(fc.tuple(...args), selection).map(([argList, sel]) => {
    const used = argList.filter((a) => a.text);
    return {
      text: `${f.name}${used.length ? `(${used.map((a) => a.text).join(', ')})` : ''}${sel ? ` ${sel.text}` : ''}`,
      variables: Object.assign({}, ...argList.map((a) => a.variables), sel?.variables),
      definitions: [...argList.flatMap((a) => a.definitions), ...(sel?.definitions ?? [])],
    };
  });
}

function selectionSet(type: GraphQLObjectType, depth: number, vars: { n: number }): fc.Arbitrary<Built> {
  const fields = Object.values(type.getFields());
  return fc
    .uniqueArray(fc.constantFrom(...fields), {
      minLength: 1,
      maxLength: depth === 0 ? 2 : 3,
      selector: (f) => f.name,
    })
    .chain((picked) => fc.tuple(...picked.map((f) => field(f, depth, vars))))
    .map((built) => ({
      text: `{ ${built.map((b) => b.text).join(' ')} }`,
      variables: Object.assign({}, ...built.map((b) => b.variables)),
      definitions: built.flatMap((b) => b.definitions),
    }));
}

/** Cuts or splices a document so that it no longer parses (or parses into something else). */
const broken = (doc: string) =>
  fc
    .tuple(
      fc.nat({ max: doc.length }),
      fc.constantFrom('', '{', '}', '(', '$', '"', '...', '@skip', '#', '\\u'),
    )
    .map(([at, insert]) => doc.slice(0, at) + insert + doc.slice(at + (insert ? 0 : 1)));

/** Requests generated from the schema: mostly documents, some broken, some odd bodies. */
export function requests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  const operation = fc
    .constant(null)
    .chain(() => selectionSet(query, 0, { n: 0 }))
    .map((b) => ({
      query: `query Fuzz${b.definitions.length ? `(${b.definitions.join(', ')})` : ''} ${b.text}`,
      variables: b.variables,
    }));
  const document = fc.oneof(
    { weight: 8, arbitrary: operation },
    { weight: 2, arbitrary: operation.chain((op) => broken(op.query).map((q) => ({ ...op, query: q }))) },
  );
  return fc.oneof(
    { weight: 8, arbitrary: document.map((op): FuzzRequest => ({ kind: 'post', body: JSON.stringify(op) })) },
    {
      weight: 1,
      arbitrary: document.map((op): FuzzRequest => ({
        kind: 'get',
        search: new URLSearchParams({ query: op.query, variables: JSON.stringify(op.variables) }).toString(),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.json().map((body): FuzzRequest => ({ kind: 'post', body })),
        fc.string({ maxLength: 40 }).map((body): FuzzRequest => ({ kind: 'post', body })),
        document.map((op): FuzzRequest => ({
          kind: 'post',
          body: JSON.stringify({ ...op, variables: [op.variables] }),
        })),
      ),
    },
  );
}
