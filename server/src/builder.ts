import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import type { Context } from './context';

/**
 * The one Pothos SchemaBuilder. It defines no types: each lives in server/src/schema/<type>.ts.
 *
 * The dataloader plugin batches every nested load (refs.ts: entities, relations and sources by
 * id; entity.ts and source.ts: each parent's page of relations, one loader per query path, so
 * a page's parents share one query and its arguments).
 *
 * Not the Relay plugin: its `t.connection` always adds backward paging (`last`/`before`), which
 * a keyset query in id order serves only with a second, reversed query shape, and its global
 * ids would replace the readable slugs analysts type (`entity(id: "mss")`). Connections are
 * written once in schema/pagination.ts with the Relay shape (edges, nodes, pageInfo) and
 * forward arguments only, which is what the queries serve from an index.
 */
interface BuilderTypes {
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}

/** The builder's resolved types, for helpers that take object refs (pagination.ts). */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [DataloaderPlugin],
  defaultFieldNullability: false,
});

builder.queryType({ description: 'Read the trade-truce knowledge graph.' });
