import type { EntityType, RelationStatus, RelationType } from '@trade-truce/vocabulary';
import { Random, Weighted } from './random';
import { TOPICS } from './words';

/** How each relation type reads between two names: "A <verb> B". */
export const VERBS: Record<RelationType, string> = {
  SANCTIONED: 'sanctioned',
  HACKED: 'hacked',
  EAVESDROPPED_ON: 'eavesdropped on',
  TARGETED: 'targeted',
  EXPLOITED: 'exploited',
  ATTRIBUTED_TO: 'was attributed to',
  SUPPORTED: 'supported',
  DIRECTS: 'directs',
  LEADS: 'leads',
  MEMBER_OF: 'is a member of',
  PARTICIPATED_IN: 'took part in',
  MET_WITH: 'met with',
  CONCEDED: 'conceded',
  TRADED_FOR: 'was traded for',
  PART_OF: 'is part of',
  CONDITIONAL_ON: 'is conditional on',
  PRODUCES: 'produces',
  DEPENDS_ON: 'depends on',
  RESTRICTED: 'restricted',
  LEVERAGED: 'leveraged',
  PRESSURED: 'pressured',
  CRITICIZED: 'criticized',
  WARNED_ABOUT: 'warned about',
  DEFENDED: 'defended',
  INSTRUCTED: 'instructed',
  REPORTED_ON: 'reported on',
};

/** Common relations first; a few types stay rare, as in the article. */
const TYPE_WEIGHTS = new Weighted<RelationType>([
  ['SUPPORTED', 10],
  ['TARGETED', 8],
  ['CRITICIZED', 8],
  ['MET_WITH', 7],
  ['PART_OF', 7],
  ['DEPENDS_ON', 6],
  ['PRESSURED', 6],
  ['SANCTIONED', 5],
  ['RESTRICTED', 5],
  ['WARNED_ABOUT', 5],
  ['DEFENDED', 4],
  ['PRODUCES', 4],
  ['LEVERAGED', 3],
  ['HACKED', 3],
  ['DIRECTS', 3],
  ['EXPLOITED', 2],
  ['INSTRUCTED', 2],
  ['CONCEDED', 2],
  ['TRADED_FOR', 1],
  ['CONDITIONAL_ON', 1],
  ['EAVESDROPPED_ON', 1],
  ['ATTRIBUTED_TO', 1],
  ['LEADS', 1],
  ['MEMBER_OF', 2],
  ['PARTICIPATED_IN', 2],
  ['REPORTED_ON', 2],
]);

/** A relation type, made plausible by the types of its ends where a rule fits. */
export function relationType(from: EntityType, to: EntityType, random: Random): RelationType {
  if (from === 'MediaOutlet' && random.chance(0.8)) return 'REPORTED_ON';
  if (to === 'Event' && random.chance(0.6)) return 'PARTICIPATED_IN';
  if (from === 'ThreatActor' && random.chance(0.6)) return random.pick(['HACKED', 'TARGETED', 'EXPLOITED']);
  if (from === 'Person' && (to === 'Organization' || to === 'Agency' || to === 'Group')) {
    if (random.chance(0.3)) return 'MEMBER_OF';
    if (random.chance(0.1)) return 'LEADS';
  }
  return TYPE_WEIGHTS.pick(random);
}

const STATUS_WEIGHTS = new Weighted<RelationStatus>([
  ['active', 35],
  ['occurred', 25],
  ['planned', 8],
  ['cancelled', 5],
  ['frozen', 3],
  ['postponed', 4],
  ['pledged', 5],
  ['alleged', 10],
  ['unverified', 5],
]);

export const relationStatus = (random: Random) => STATUS_WEIGHTS.pick(random);

type Precision = 'year' | 'month' | 'day';

function dateAt(year: number, precision: Precision, random: Random): string {
  if (precision === 'year') return String(year);
  const month = String(1 + random.int(12)).padStart(2, '0');
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(1 + random.int(28)).padStart(2, '0')}`;
}

const PRECISIONS = new Weighted<Precision | 'undated' | 'start' | 'period'>([
  ['undated', 20],
  ['year', 20],
  ['month', 20],
  ['day', 25],
  ['start', 5],
  ['period', 10],
]);

/** Dates as fixtures hold them: over 30 years (recent ones likelier) at mixed precision. */
export function relationDates(random: Random): { date?: string; start?: string; end?: string } {
  const kind = PRECISIONS.pick(random);
  if (kind === 'undated') return {};
  const year = 2025 - Math.floor(30 * random.float() ** 2);
  if (kind !== 'start' && kind !== 'period') return { date: dateAt(year, kind, random) };
  const precision = random.pick<Precision>(['year', 'month', 'day']);
  const start = dateAt(year, precision, random);
  if (kind === 'start') return { start };
  // A later year at the same precision, so `end` never sorts before `start`.
  return { start, end: dateAt(year + 1 + random.int(5), precision, random) };
}

/** One line in the fixtures' style: "A verb B", sometimes with what it was about. */
export function summary(fromName: string, type: RelationType, toName: string, random: Random): string {
  const about = random.chance(0.3) ? ` over ${random.pick(TOPICS).toLowerCase()}` : '';
  return `${fromName} ${VERBS[type]} ${toName}${about}.`;
}

/** A short attributed quote for a relation said by a Person. */
export function quoteText(random: Random): string {
  const topic = random.pick(TOPICS).toLowerCase();
  return random.pick([
    `We will not trade away our ${topic} security for a short-term deal.`,
    `This is a gamble with ${topic} that we cannot afford to lose.`,
    `The ${topic} question has to be settled before anything else.`,
  ]);
}
