/**
 * What the bench asks about, chosen through the API itself (no Cypher of its own): the biggest
 * hub, two ordinary entities (degree nearest 10, as in issue 8's table), one of their relations
 * and its source, and a rare name to search for exactly. On the article's graph: the MSS, the
 * issue's path example and Salt Typhoon.
 */
import type { SynthSummary } from '../../scripts/synth/generate';
import { GraphQLAnswerError, post as postOnce } from './client';

export interface Targets {
  hub: { id: string; degree: number };
  normal: { id: string; degree: number };
  other: { id: string; degree: number };
  relationId: string;
  sourceId: string;
  rareName: string;
  /** A timeline cursor from the middle of the dates, for a page read via `after`. */
  timelineCursor: string;
}

interface EntityDegree {
  id: string;
  degree: number;
}

const TYPICAL_DEGREE = 10;

/** A cold database (page cache empty, plans not made) may time out once: asks up to 3 times. */
async function post<T>(url: string, query: string): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await postOnce<T>(url, query);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof GraphQLAnswerError && error.message.startsWith('TIMEOUT')))
        throw error;
    }
  }
}

async function degreeOf(url: string, id: string): Promise<EntityDegree> {
  const data = await post<{ entity: EntityDegree | null }>(
    url,
    `{ entity(id: ${JSON.stringify(id)}) { id degree } }`,
  );
  if (!data.entity) throw new Error(`No entity ${id}`);
  return data.entity;
}

async function ordinary(url: string): Promise<[EntityDegree, EntityDegree]> {
  const data = await post<{ entities: { nodes: EntityDegree[] } }>(
    url,
    '{ entities(first: 100) { nodes { id degree } } }',
  );
  const byCloseness = [...data.entities.nodes]
    .filter((e) => e.degree > 0)
    .sort(
      (a, b) =>
        Math.abs(a.degree - TYPICAL_DEGREE) - Math.abs(b.degree - TYPICAL_DEGREE) || (a.id < b.id ? -1 : 1),
    );
  const [a, b] = byCloseness;
  if (!a || !b) throw new Error('Fewer than two connected entities among the first 100');
  return [a, b];
}

export async function chooseTargets(url: string, summary: SynthSummary | undefined): Promise<Targets> {
  const stats = await post<{ stats: { mostConnected: EntityDegree[] } }>(
    url,
    '{ stats(top: 1) { mostConnected { id degree } } }',
  );
  const hub = stats.stats.mostConnected[0];
  if (!hub) throw new Error('stats(top: 1) named no entity');
  const [normal, other] = summary
    ? await ordinary(url)
    : await Promise.all([degreeOf(url, 'mss'), degreeOf(url, 'us-holds-all-tough-actions')]);
  const rel = await post<{
    entity: { relations: { nodes: Array<{ id: string; sources: Array<{ id: string }> }> } };
  }>(
    url,
    `{ entity(id: ${JSON.stringify(normal.id)}) { relations(first: 1) { nodes { id sources { id } } } } }`,
  );
  const relation = rel.entity.relations.nodes[0];
  const sourceId = relation?.sources[0]?.id;
  if (!relation || !sourceId) throw new Error(`${normal.id} has no sourced relation`);
  const rareName = summary ? summary.rareNames[0]?.name : 'Salt Typhoon';
  if (!rareName) throw new Error('The synthetic graph names no rare entity');
  // The synthetic dates span 1996-2025, most of them recent; the article's 2019-2025.
  const middle = await post<{ timeline: { pageInfo: { endCursor: string | null } } }>(
    url,
    `{ timeline(from: ${JSON.stringify(summary ? '2015' : '2025')}, first: 1) { pageInfo { endCursor } } }`,
  );
  const timelineCursor = middle.timeline.pageInfo.endCursor;
  if (!timelineCursor) throw new Error('The timeline has no dated relation to start a middle page from');
  return { hub, normal, other, relationId: relation.id, sourceId, rareName, timelineCursor };
}
