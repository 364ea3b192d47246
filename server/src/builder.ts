import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context';

/**
 * The one Pothos SchemaBuilder. It defines no types: each lives in server/src/schema/<type>.ts.
 * Relay gives cursor connections (our cursors are keyset ids, not offsets); Dataloader batches
 * nested lookups into one UNWIND query per request.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: 'Read the trade-truce knowledge graph.' });
