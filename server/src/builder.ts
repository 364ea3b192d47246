import SchemaBuilder from '@pothos/core';
import type { Context } from './context';

/**
 * The one Pothos SchemaBuilder. It defines no types: each lives in server/src/schema/<type>.ts.
 * Connections are written out (schema/pagination.ts) rather than taken from the Relay plugin,
 * so they carry keyset cursors and only forward arguments (first/after), which is what the
 * queries can serve from an index.
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
  defaultFieldNullability: false,
});

builder.queryType({ description: 'Read the trade-truce knowledge graph.' });
