import type { Plugin } from 'graphql-yoga';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context';
import type { FastLane } from './fast-lane';

/** A document runs through graphql-js until it has been executed this many times. */
const COMPILE_AFTER = 2;

/** `compiled` is undefined until compiling is scheduled, 'pending' until done, null if it failed. */
type Entry = { runs: number; compiled?: CompiledQuery | null | 'pending'; query?: boolean };

/**
 * Executes a query that repeats (the explorer's and an analyst's saved queries) with graphql-jit,
 * which compiles the document against the schema into one function: at a hub's 45 KB answer,
 * about a fifth of the server's CPU per request less than graphql-js (measured with a CPU
 * profile; the executor, its null-prototype result objects and their JSON were the largest
 * parts). Why the guards:
 * - A document is compiled only on its second execution, so a client sending ever new
 *   documents cannot make the server compile each one (compiling costs more than parsing), and
 *   after that execution's answer has gone (setImmediate): compiling a start view's document
 *   costs ~75 ms warm and a few hundred cold, which the request that asked must not wait for.
 * - graphql-jit's errors do not follow the API's contract (codes, locations, a 400 for variables
 *   that do not coerce), so an answer with any error is thrown away and the operation executed
 *   again by graphql-js, whose answer is the one sent. Errors are rare (an unknown id answers
 *   null); their requests run their resolvers twice, reads only, the second time against the
 *   same deadline and the same per-request loaders.
 * A query whose compiled execution answered without error is handed to the fast lane
 * (fast-lane.ts), keyed by its text.
 */
export function useCompiledExecution(lane?: FastLane): Plugin<Context> {
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const byName = entries.get(args.document) ?? new Map<string, Entry>();
      entries.set(args.document, byName);
      const name = args.operationName ?? '';
      const entry = byName.get(name) ?? { runs: 0 };
      byName.set(name, entry);
      entry.runs += 1;
      if (entry.runs < COMPILE_AFTER) return;
      if (entry.compiled === undefined) {
        entry.compiled = 'pending';
        const { schema, document, operationName } = args;
        setImmediate(() => {
          try {
            const compiled = compileQuery(schema, document, operationName ?? undefined);
            entry.compiled = isCompiledQuery(compiled) ? compiled : null;
            entry.query = getOperationAST(document, operationName)?.operation === 'query';
          } catch {
            entry.compiled = null; // graphql-js keeps executing it
          }
        });
      }
      const compiled = entry.compiled;
      if (!compiled || compiled === 'pending') return;
      const params = (args.contextValue as { params?: { query?: unknown; operationName?: string | null } })
        .params;
      setExecuteFn(async (execArgs) => {
        const result = (await compiled.query(
          execArgs.rootValue,
          execArgs.contextValue,
          execArgs.variableValues,
        )) as ExecutionResult;
        if (result.errors?.length) return executeFn(execArgs);
        // Parsed, validated and answered without error: the same text may skip yoga next time.
        if (lane && entry.query && typeof params?.query === 'string')
          lane.prove(params.query, params.operationName, compiled);
        return result;
      });
    },
  };
}
