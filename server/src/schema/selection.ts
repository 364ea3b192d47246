import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, directly under the field being resolved, for any of `names`: so a
 * resolver can skip work whose only purpose is a field nobody selected (counting a hub's
 * thousands of neighbours for `total`, say). Fragments (named and inline) are followed; a
 * field under @skip or @include counts as asked, which can only make the resolver do more work,
 * never answer less. Small enough to keep here rather than depend on a second copy of
 * @graphql-tools/utils (whose collectFields differs between the versions in the tree).
 */
export function selects(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return names.includes(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
