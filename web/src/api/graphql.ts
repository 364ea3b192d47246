import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

/**
 * The typed `graphql` tag: operations are checked against server/schema.graphql and their
 * results typed from it (regenerate with `npm run web:types -w web`).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; ID: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
