import { Kind } from 'graphql';
import { codedError } from '../errors';
import { PartialDate } from '@trade-truce/vocabulary/formats';
import { builder } from '../builder';

function parseDate(value: unknown): string {
  const parsed = PartialDate.safeParse(value);
  if (!parsed.success) {
    throw codedError(
      'BAD_USER_INPUT',
      `Date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(value)}`,
    );
  }
  return parsed.data;
}

builder.scalarType('Date', {
  description: 'A calendar date only as precise as the source gives it: "2025", "2025-10" or "2025-10-30".',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
