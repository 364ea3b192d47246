import type { ExecutionResult } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { Context } from './context';

/** How many proven documents (and Accept headers) are kept; the oldest goes first. */
const MAX_DOCUMENTS = 256;
const MAX_ACCEPTS = 16;

/** A query answered by the fast lane: its JSON text and the content type yoga gave it. */
export interface FastAnswer {
  body: string;
  contentType: string;
}

/** Keeps a Map to `max` entries, dropping the least recently set. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
}

/**
 * Answers a query document that yoga has already answered without error, with its graphql-jit
 * compilation and nothing else. Yoga's pipeline (a Fetch Request and Headers built from Node's,
 * its plugin hooks, content negotiation, a Fetch Response read back into a Buffer) cost about a
 * millisecond of CPU per request and as much again in garbage collection: a fifth of the server's
 * CPU on a hub's neighbourhood (CPU profiles at 1M, sequential requests).
 *
 * What it skips is what a proven document does not need: parsing and validating (including
 * GraphQL Armor's limits and the introspection rule) depend only on the document's text and the
 * schema, so the same text passes again; CSRF prevention lets JSON POSTs through; the content
 * type is the one yoga chose for the same Accept header. Anything else takes yoga's road: an
 * unproven text, a mutation, `x-cypher-stats`, an Accept header yoga has not answered yet, and
 * every answer with an error (it is thrown away and the request run again through yoga, whose
 * error contract, codes and statuses apply; reads only, against the same deadline).
 */
export class FastLane {
  private readonly documents = new Map<string, CompiledQuery>();
  private readonly contentTypes = new Map<string, string>();

  private static key(query: string, operationName: string | null | undefined): string {
    return `${operationName ?? ''}\u0000${query}`;
  }

  /** A query document whose compiled execution just answered without error. */
  prove(query: string, operationName: string | null | undefined, compiled: CompiledQuery): void {
    remember(this.documents, FastLane.key(query, operationName), compiled, MAX_DOCUMENTS);
  }

  /** The content type yoga answered a request carrying this Accept header with. */
  learnContentType(accept: string, contentType: string): void {
    if (!this.contentTypes.has(accept)) remember(this.contentTypes, accept, contentType, MAX_ACCEPTS);
  }

  /** Whether the lane may take a request, before any context is made for it. */
  accepts(query: string, operationName: string | null | undefined, accept: string): boolean {
    return this.contentTypes.has(accept) && this.documents.has(FastLane.key(query, operationName));
  }

  /** The answer, or undefined if it carried an error (then yoga must answer). */
  async answer(
    params: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    accept: string,
    context: Context,
  ): Promise<FastAnswer | undefined> {
    const compiled = this.documents.get(FastLane.key(params.query, params.operationName));
    const contentType = this.contentTypes.get(accept);
    if (!compiled || !contentType) return undefined;
    const result = (await compiled.query(undefined, context, params.variables ?? {})) as ExecutionResult;
    if (result.errors?.length) return undefined;
    return { body: JSON.stringify(result), contentType };
  }
}
