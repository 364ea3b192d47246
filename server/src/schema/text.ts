import { badInput } from '../errors';

export const MAX_TEXT = 200;

/** Trims user text and bounds its length; it then travels to Cypher only as a parameter. */
export function checkSearchText(argument: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badInput(argument, 'must not be empty');
  if (trimmed.length > MAX_TEXT)
    throw badInput(argument, `must be at most ${MAX_TEXT} characters`, { max: MAX_TEXT });
  return trimmed;
}
