import fs from 'node:fs';
import path from 'node:path';
import type { EntityType } from '@trade-truce/vocabulary';
import { SOURCE_KINDS } from '@trade-truce/vocabulary';
import { JsonArrayFile } from './json-array-file';
import { alias, description, entityName, ENTITY_TYPE_WEIGHTS, HUB_TYPES } from './names';
import { Random } from './random';
import { quoteText, relationDates, relationStatus, relationType, summary } from './relations';
import { PUBLISHERS, TOPICS, slugify } from './words';

/** What to generate. */
export interface SynthOptions {
  entities: number;
  relations: number;
  out: string;
  seed?: number;
  /** Items per file; the defaults keep each file to a few tens of MB. */
  entitiesPerFile?: number;
  relationsPerFile?: number;
}

/** What was written, with the facts benchmarks and tests look for (hubs, rare names). */
export interface SynthSummary {
  seed: number;
  files: string[];
  sources: number;
  entities: number;
  relations: number;
  bytes: number;
  /** The most connected entities, most first. */
  hubs: Array<{ id: string; name: string; type: EntityType; degree: number }>;
  /** Entities whose name holds a made-up word: exact search targets. */
  rareNames: Array<{ id: string; name: string }>;
  medianDegree: number;
}

/** One source per 200 relations (at least 3, at most 10,000): outlets back many facts each. */
export const sourceCount = (relations: number) => Math.min(10_000, Math.max(3, Math.ceil(relations / 200)));

/** Largest prime below 2^31 - 1 that does not divide n: spreads hub ranks over the id space. */
function spreader(n: number): number {
  const primes = [2_147_483_629, 2_147_483_587, 2_147_483_579];
  return primes.find((p) => n % p !== 0) ?? 1;
}

/**
 * Writes a synthetic graph in the fixture format to `out`: sources.json, entities-NNNN.json and
 * relations-NNNN.json. Same options and seed, same bytes. Degrees follow a power law (an entity's
 * chance to be picked as an end falls with its hub rank), every relation has 1-3 sources, and
 * dates, statuses and types vary as in real data. Only the entity table (names, types) is held in
 * memory; relations stream to disk.
 */
export function generateGraph(options: SynthOptions): SynthSummary {
  const { entities: n, relations: m } = options;
  if (!Number.isInteger(n) || n < 2) throw new Error('--entities must be an integer of at least 2');
  if (!Number.isInteger(m) || m < 0) throw new Error('--relations must be a non-negative integer');
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  fs.mkdirSync(options.out, { recursive: true });
  const files: JsonArrayFile[] = [];
  const open = (name: string, key: string) => {
    const file = new JsonArrayFile(path.join(options.out, name), key);
    files.push(file);
    return file;
  };

  // Sources: publishers drawn with a skew, so a few outlets carry most facts.
  const sources = sourceCount(m);
  const sourceIds: string[] = [];
  const sourceFile = open('sources.json', 'sources');
  for (let i = 0; i < sources; i += 1) {
    const publisher = PUBLISHERS[random.powerRank(PUBLISHERS.length, 2)] ?? 'Reuters';
    const id = `${slugify(publisher)}-${i.toString(36)}`;
    sourceIds.push(id);
    const topic = random.pick(TOPICS);
    const published = random.chance(0.7) ? relationDates(random).date : undefined;
    sourceFile.add({
      id,
      title: `${publisher}: ${topic} report ${i + 1}`,
      publisher,
      ...(published ? { published } : {}),
      kind: i === 0 ? 'article' : random.pick(SOURCE_KINDS),
      ...(random.chance(0.3) ? { url: `https://example.org/${id}` } : {}),
    });
  }
  sourceFile.close();
  const pickSources = (count: number) => {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, sources)) chosen.add(sourceIds[random.powerRank(sources, 2)] ?? '');
    return [...chosen];
  };

  // Entities: rank r (0 = biggest hub) lives at index (r * P) mod n, so hubs are spread out.
  const p = spreader(n);
  const indexOfRank = (r: number) => Number((BigInt(r) * BigInt(p)) % BigInt(n));
  const hubCount = Math.max(3, Math.floor(n / 2000));
  const rankOf = new Int32Array(n);
  for (let r = 0; r < n; r += 1) rankOf[indexOfRank(r)] = r;
  const ids: string[] = new Array(n);
  const names: string[] = new Array(n);
  const types: EntityType[] = new Array(n);
  const rare: Array<{ id: string; name: string }> = [];
  const perEntityFile = options.entitiesPerFile ?? 50_000;
  let entityFile: JsonArrayFile | undefined;
  for (let i = 0; i < n; i += 1) {
    if (i % perEntityFile === 0) {
      entityFile?.close();
      entityFile = open(`entities-${String(i / perEntityFile + 1).padStart(4, '0')}.json`, 'entities');
    }
    const hub = (rankOf[i] ?? n) < hubCount;
    const type = (hub ? HUB_TYPES : ENTITY_TYPE_WEIGHTS).pick(random);
    const { name, rare: isRare } = entityName(type, random);
    const id = `${slugify(name)}-${i.toString(36)}`;
    ids[i] = id;
    names[i] = name;
    types[i] = type;
    if (isRare && type !== 'Country' && rare.length < 50) rare.push({ id, name });
    const second = hub || random.chance(0.06) ? alias(type, name) : undefined;
    entityFile?.add({
      id,
      type,
      name,
      ...(second ? { aliases: [second] } : {}),
      description: description(type, random),
      sourceIds: pickSources(1 + random.int(2)),
    });
  }
  entityFile?.close();

  // Relations: each end is a power-law pick half of the time and uniform otherwise, which gives
  // a few hubs with thousands to tens of thousands of relations and a median of about 2m/n.
  const degree = new Int32Array(n);
  const end = () => (random.chance(0.5) ? indexOfRank(random.powerRank(n)) : random.int(n));
  const perRelationFile = options.relationsPerFile ?? 100_000;
  let relationFile: JsonArrayFile | undefined;
  for (let j = 0; j < m; j += 1) {
    if (j % perRelationFile === 0) {
      relationFile?.close();
      relationFile = open(`relations-${String(j / perRelationFile + 1).padStart(4, '0')}.json`, 'relations');
    }
    const a = end();
    let b = end();
    while (b === a) b = end();
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
    const fromType = types[a] as EntityType;
    const type = relationType(fromType, types[b] as EntityType, random);
    const sourcesOf = pickSources(random.powerRank(3, 2) + 1);
    const cited = sourcesOf.length > 1 && random.chance(0.5) ? sourcesOf[1] : undefined;
    relationFile?.add({
      id: `${type.toLowerCase().replace(/_/g, '-')}-${j.toString(36)}`,
      type,
      from: ids[a],
      to: ids[b],
      status: relationStatus(random),
      ...relationDates(random),
      summary: summary(names[a] ?? '', type, names[b] ?? '', random),
      sourceIds: sourcesOf,
      ...(cited ? { citedVia: cited } : {}),
      ...(fromType === 'Person' && random.chance(0.01)
        ? { quote: { text: quoteText(random), speakerId: ids[a] } }
        : {}),
    });
  }
  relationFile?.close();

  const order = Array.from({ length: Math.min(n, 10) }, (_, r) => indexOfRank(r)).sort(
    (x, y) => (degree[y] ?? 0) - (degree[x] ?? 0),
  );
  const sorted = Int32Array.from(degree).sort();
  return {
    seed,
    files: files.map((f) => f.file),
    sources,
    entities: n,
    relations: m,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    hubs: order.map((i) => ({
      id: ids[i] ?? '',
      name: names[i] ?? '',
      type: types[i] as EntityType,
      degree: degree[i] ?? 0,
    })),
    rareNames: rare,
    medianDegree: sorted[Math.floor(n / 2)] ?? 0,
  };
}
