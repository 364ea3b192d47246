import { z } from 'zod';

/**
 * The building blocks that the graph's fixture files and the lesson files share (both are
 * validated by the server and read by the web client): readable text without the seed's
 * mangled characters, slugs, and dates only as precise as their source.
 */

/** Thai letters are what the seed's mangled quotes and dashes became; none may reach the graph. */
export const MANGLED = /[\u0E00-\u0E7F\uFFFD]/;

/** Trimmed, non-empty text of at most `max` characters, free of the seed's broken characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MANGLED.test(s), {
      message:
        'contains broken characters from the seed (Thai letters such as "โ"); write plain quotes and dashes',
    });

/** A stable readable id: lower-case letters and digits joined by "-". */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lower-case letters and digits joined by "-"');

/** A date only as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD, a real day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, { message: 'is not a real calendar date' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(y ?? 0, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
