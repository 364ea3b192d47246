import { RELATION_TYPES } from '@trade-truce/vocabulary';
import { inOneBucket } from '../../server/src/db/plan-buckets';
import { sizeBucket } from '../support/plan-key';

describe('filter lists sent in one plan bucket', () => {
  it('keeps an empty list empty: no filter has a plan of its own', () => {
    expect(inOneBucket([])).toEqual([]);
  });

  it('sends every non-empty filter, 1 to 26 types, in the same size bucket, with the same values', () => {
    const buckets = new Set<number>();
    for (let n = 1; n <= RELATION_TYPES.length; n += 1) {
      const chosen = RELATION_TYPES.slice(0, n);
      const sent = inOneBucket(chosen);
      expect(new Set(sent)).toEqual(new Set(chosen));
      buckets.add(sizeBucket(sent.length));
    }
    expect([...buckets]).toEqual([100]);
  });

  it('drops repeats before filling, so a list of repeats is no longer than any other', () => {
    expect(inOneBucket(['active', 'active', 'reported'])).toEqual(inOneBucket(['active', 'reported']));
  });
});
