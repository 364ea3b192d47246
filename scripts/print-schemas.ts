/**
 * `npm run schemas`: writes the generated files that are checked in: the fixture JSON Schema
 * (fixtures/schema.json), the lesson JSON Schema (fixtures/lessons/schema.json) and the printed GraphQL schema (server/schema.graphql). Tests fail when
 * either is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { fixtureJsonSchema } from '../server/src/fixtures/schema';
import { lessonJsonSchema } from '@trade-truce/vocabulary/lessons';
import { PATHS } from '../server/src/paths';
import { schema } from '../server/src/schema';

export function fixtureSchemaText(): string {
  return `${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`;
}

export function lessonSchemaText(): string {
  return `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
}

export function graphqlSchemaText(): string {
  return `${printSchema(schema)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(path.join(PATHS.fixtures, 'schema.json'), fixtureSchemaText());
  fs.writeFileSync(path.join(PATHS.fixtures, 'lessons', 'schema.json'), lessonSchemaText());
  fs.writeFileSync(PATHS.schemaSdl, graphqlSchemaText());
  console.log('Wrote fixtures/schema.json, fixtures/lessons/schema.json and server/schema.graphql');
}
