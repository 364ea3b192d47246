import { graphql, readFragment, type FragmentOf } from './graphql';
import type { EntityData, RelationData, SourceData, Subgraph } from '../models/types';

/** The fields of an entity the explorer draws and lists. */
export const EntityFields = graphql(`
  fragment EntityFields on Entity {
    id
    name
    type
    aliases
    description
    degree
    sources {
      id
    }
  }
`);

/** The fields of a relation, with the ids of its sources (each source is fetched once, by id: dataStore.merge). */
export const RelationFields = graphql(`
  fragment RelationFields on Relation {
    id
    type
    label
    status
    date
    start
    end
    summary
    from {
      id
    }
    to {
      id
    }
    quote {
      text
      speaker {
        id
        name
      }
    }
    sources {
      id
    }
    citedVia {
      id
    }
    anonymousSource
  }
`);

/** The fields of a source. */
export const SourceFields = graphql(`
  fragment SourceFields on Source {
    id
    title
    publisher
    published
    kind
    url
  }
`);

/** Autocomplete: entities matching typed text, typo and prefix tolerant. */
export const SearchQuery = graphql(
  `
    query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) {
        score
        entity {
          ...EntityFields
        }
      }
    }
  `,
  [EntityFields],
);

/** Neighbours of one entity, for expansion. */
export const NeighborhoodQuery = graphql(
  `
    query Neighborhood($id: ID!, $depth: Int, $relationTypes: [RelationType!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, limit: $limit) {
        nodes {
          ...EntityFields
        }
        edges {
          ...RelationFields
        }
        truncated
      }
    }
  `,
  [EntityFields, RelationFields],
);

/** Entities and relations by id, with the relations among them: a lesson step or a GraphQL result. */
export const SubgraphQuery = graphql(
  `
    query Subgraph($ids: [ID!]!, $asOf: Date) {
      subgraph(ids: $ids, asOf: $asOf) {
        nodes {
          ...EntityFields
        }
        edges {
          ...RelationFields
        }
        truncated
      }
    }
  `,
  [EntityFields, RelationFields],
);

/** The path finder. */
export const ShortestPathQuery = graphql(
  `
    query ShortestPath(
      $from: ID!
      $to: ID!
      $excludeTypes: [EntityType!]
      $excludeIds: [ID!]
      $maxDegree: Int
    ) {
      shortestPath(
        from: $from
        to: $to
        excludeTypes: $excludeTypes
        excludeIds: $excludeIds
        maxDegree: $maxDegree
      ) {
        length
        nodes {
          ...EntityFields
        }
        edges {
          ...RelationFields
        }
      }
    }
  `,
  [EntityFields, RelationFields],
);

/** Converts an entity as the API sends it into the explorer's model. */
export function toEntity(fragment: FragmentOf<typeof EntityFields>): EntityData {
  const e = readFragment(EntityFields, fragment);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    description: e.description,
    degree: e.degree,
    sourceIds: e.sources.map((s) => s.id),
  };
}

/** Converts a relation as the API sends it into the explorer's model. */
export function toRelation(fragment: FragmentOf<typeof RelationFields>): RelationData {
  const r = readFragment(RelationFields, fragment);
  return {
    id: r.id,
    type: r.type,
    label: r.label,
    from: r.from.id,
    to: r.to.id,
    status: r.status,
    date: r.date ?? null,
    start: r.start ?? null,
    end: r.end ?? null,
    summary: r.summary,
    quote: r.quote
      ? { text: r.quote.text, speakerId: r.quote.speaker.id, speakerName: r.quote.speaker.name }
      : null,
    sourceIds: r.sources.map((s) => s.id),
    citedViaId: r.citedVia?.id ?? null,
    anonymousSource: r.anonymousSource ?? null,
  };
}

/** Converts a source as the API sends it into the explorer's model. */
export function toSource(fragment: FragmentOf<typeof SourceFields>): SourceData {
  const s = readFragment(SourceFields, fragment);
  return { ...s, published: s.published ?? null, url: s.url ?? null };
}

/** Converts a subgraph-shaped answer into the explorer's model. */
export function toSubgraph(data: {
  nodes: ReadonlyArray<FragmentOf<typeof EntityFields>>;
  edges: ReadonlyArray<FragmentOf<typeof RelationFields>>;
  truncated?: boolean;
}): Subgraph {
  return {
    nodes: data.nodes.map(toEntity),
    edges: data.edges.map(toRelation),
    truncated: data.truncated ?? false,
  };
}
