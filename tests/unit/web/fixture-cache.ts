import { readFixtures } from '../../../server/src/fixtures/validate';
import { PATHS } from '../../../server/src/paths';
import type { VisibleGraph } from '../../../web/src/models/filters';
import { relationWords } from '../../../web/src/models/palette';
import type { EntityData, GraphCache, RelationData, SourceData } from '../../../web/src/models/types';

/**
 * The article's graph as the explorer holds it after loading everything, built from the fixture
 * files (not from the client's code), for tests of what the client derives from it.
 */
export function fixtureCache(): GraphCache {
  const { entities, relations, sources } = readFixtures(PATHS.fixtures).graph;
  const degree = (id: string) => relations.filter((r) => r.from === id || r.to === id).length;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const cache: GraphCache = { entities: {}, relations: {}, sources: {} };
  for (const e of entities) {
    const data: EntityData = {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      description: e.description,
      degree: degree(e.id),
      sourceIds: e.sourceIds,
    };
    cache.entities[e.id] = data;
  }
  for (const r of relations) {
    const data: RelationData = {
      id: r.id,
      type: r.type,
      label: relationWords(r.type),
      from: r.from,
      to: r.to,
      status: r.status,
      date: r.date ?? null,
      start: r.start ?? null,
      end: r.end ?? null,
      summary: r.summary,
      quote: r.quote
        ? {
            text: r.quote.text,
            speakerId: r.quote.speakerId,
            speakerName: names.get(r.quote.speakerId) ?? '',
          }
        : null,
      sourceIds: r.sourceIds,
      citedViaId: r.citedVia ?? null,
      anonymousSource: r.anonymousSource ?? null,
    };
    cache.relations[r.id] = data;
  }
  for (const s of sources) {
    const data: SourceData = {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published ?? null,
      kind: s.kind,
      url: s.url ?? null,
    };
    cache.sources[s.id] = data;
  }
  return cache;
}

/** Everything in the cache, as the canvas shows the whole graph. */
export function wholeGraph(cache: GraphCache): VisibleGraph {
  return { nodes: Object.values(cache.entities), edges: Object.values(cache.relations) };
}
