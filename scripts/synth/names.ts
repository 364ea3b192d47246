import type { EntityType } from '@trade-truce/vocabulary';
import { Random, Weighted } from './random';
import * as W from './words';

/** How often a name carries a made-up word, so that it matches almost nothing else. */
const RARE_NAME_CHANCE = 0.003;

const YEARS = (random: Random) => 2025 - Math.floor(30 * random.float() ** 2);

/** Hubs are countries, agencies and big organisations, as in news and sanctions data. */
export const HUB_TYPES = new Weighted<EntityType>([
  ['Country', 40],
  ['Agency', 25],
  ['Organization', 15],
  ['Event', 10],
  ['Policy', 10],
]);

/** Everything else. */
export const ENTITY_TYPE_WEIGHTS = new Weighted<EntityType>([
  ['Person', 35],
  ['Organization', 20],
  ['Agency', 7],
  ['Group', 5],
  ['MediaOutlet', 4],
  ['ThreatActor', 3],
  ['Resource', 3],
  ['Sector', 3],
  ['Infrastructure', 6],
  ['Policy', 7],
  ['Event', 6],
  ['Country', 1],
]);

/** A display name for an entity of `type`; `rare` tells whether it holds a made-up word. */
export function entityName(type: EntityType, random: Random): { name: string; rare: boolean } {
  const rare = random.chance(RARE_NAME_CHANCE) || type === 'Country';
  return { name: nameOf(type, rare, random), rare };
}

function nameOf(type: EntityType, rare: boolean, random: Random): string {
  const coined = () => W.coinedWord((n) => random.int(n));
  const word = (list: readonly string[]) => (rare ? coined() : random.pick(list));
  const topic = () => random.pick(W.TOPICS);
  const place = () => random.pick(W.PLACES);
  switch (type) {
    case 'Person': {
      const first = random.pick(W.FIRST_NAMES);
      const middle = random.chance(0.2) ? ` ${String.fromCharCode(65 + random.int(26))}.` : '';
      return `${first}${middle} ${word(W.LAST_NAMES)}`;
    }
    case 'Organization':
      return `${word(W.PLACES)} ${topic()} ${random.pick(W.ORG_SUFFIXES)}`;
    case 'Agency':
      return random
        .pick(W.AGENCY_FORMS)
        .replace('{t}', rare ? coined() : topic())
        .replace('{p}', place());
    case 'Group':
      return `${word(W.PLACES)} ${topic()} ${random.pick(['Coalition', 'Alliance', 'Caucus', 'Network'])}`;
    case 'MediaOutlet':
      return `The ${word(W.PLACES)} ${random.pick(W.OUTLETS)}`;
    case 'ThreatActor':
      return `${word(W.ELEMENTS)} ${random.pick(W.ANIMALS)}`;
    case 'Resource':
      return `${word(W.RESOURCES)} ${random.pick(['ore', 'oxide', 'magnets', 'concentrate', 'metal'])}`;
    case 'Sector':
      return `${word(W.PLACES)} ${topic().toLowerCase()} sector`;
    case 'Infrastructure':
      return `${word(W.PLACES)} ${random.pick(W.INFRA_KINDS)}`;
    case 'Policy':
      return `${word(W.PLACES)} ${topic()} ${random.pick(W.POLICY_KINDS)} of ${YEARS(random)}`;
    case 'Event':
      return `${word(W.PLACES)} ${topic()} ${random.pick(W.EVENT_KINDS)} ${YEARS(random)}`;
    case 'Country':
      return random.chance(0.3) ? `Republic of ${coined()}` : `${coined()}ia`;
  }
}

/** A short second name, as fixtures give for well-known entities: initials or a surname form. */
export function alias(type: EntityType, name: string): string | undefined {
  const words = name.split(' ').filter((w) => /^[A-Z]/.test(w));
  if (type === 'Person') {
    const last = words[words.length - 1];
    return last && words[0] ? `${words[0].charAt(0)}. ${last}` : undefined;
  }
  return words.length >= 2 ? words.map((w) => w.charAt(0)).join('') : undefined;
}

/** One or two sentences in the fixtures' style, with words people search for. */
export function description(type: EntityType, random: Random): string {
  const topics = [random.pick(W.TOPICS), random.pick(W.TOPICS)].map((t) => t.toLowerCase());
  return (
    `Synthetic ${type === 'MediaOutlet' ? 'media outlet' : type.toLowerCase()} active in ` +
    `${topics[0]} and ${topics[1]} matters in the ${random.pick(W.PLACES).toLowerCase()} region.`
  );
}
