import { builder } from '../builder';
import type { EntityRow } from '../db/records';
import { searchEntities } from '../db/repository';
import { badInput, checkRange } from '../errors';
import { luceneQuery, namePatterns, searchWindow } from '../search/lucene';
import { EntityTypeEnum } from './enums';
import { EntityRef, primeEntities } from './refs';
import { checkSearchText } from './text';

const SearchHit = builder.objectRef<{ entity: EntityRow; score: number }>('SearchHit').implement({
  description: 'An entity that matches a search, with its relevance.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity, description: 'The matching entity.' }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over names, aliases and descriptions, best first: a name or alias that is exactly the words typed ("mss"; namesakes the most connected first), then one holding them as a phrase ("department of defense"), then the rest by relevance; tolerant of prefixes and typos ("salt typhon", "ministry").',
    args: {
      text: t.arg.string({ required: true, description: 'What to look for.' }),
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only these entity types.' }),
      first: t.arg.int({ defaultValue: 10, description: 'Most hits, 1-50.' }),
    },
    resolve: async (_root, args, ctx) => {
      const text = checkSearchText('text', args.text);
      const query = luceneQuery(text);
      if (!query) throw badInput('text', 'must contain a letter or a digit');
      const first = checkRange('first', args.first ?? 10, 1, 50);
      const plan = { query, ...namePatterns(text), window: searchWindow(first) };
      const hits = await searchEntities(ctx.db, plan, args.types ?? [], first);
      primeEntities(
        ctx,
        hits.map((h) => h.entity),
      );
      return hits;
    },
  }),
);
