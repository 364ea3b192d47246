/**
 * Word lists for synthetic names, descriptions and summaries. Shared words ("Ministry",
 * "Holdings", common surnames) make full-text search return many hits, as real data does;
 * `coinedWord` makes the rare, exact names that a search should find first.
 */

export const FIRST_NAMES = (
  'Ana|Wei|John|Maria|Li|David|Sofia|Ahmed|Elena|Kenji|Fatima|Pavel|Grace|Omar|Yuki|Carlos|' +
  'Amara|Lars|Priya|Mateo|Hana|Viktor|Leila|Samuel|Mei|Daniel|Ingrid|Tomasz|Chen|Laura|Ivan|' +
  'Nadia|Robert|Aiko|Diego|Zara|Michael|Olga|Hyun|Sarah|Jamal|Clara|Rahul|Emma|Jun|Lucas|' +
  'Irina|Kwame|Julia|Tariq|Nina|Paul|Xiu|Marco|Dana|Felix'
).split('|');

export const LAST_NAMES = (
  'Zhang|Smith|Wang|Garcia|Li|Johnson|Chen|Novak|Kim|Tanaka|Rossi|Ivanova|Khan|Liu|Muller|' +
  'Silva|Nguyen|Brown|Petrov|Sato|Haddad|Kowalski|Yang|Martin|Okafor|Lopez|Huang|Schmidt|Park|' +
  'Cohen|Singh|Wu|Fischer|Moreau|Zhao|Andersen|Lee|Costa|Hoffman|Suzuki|Mensah|Ward|Cooper|' +
  'Miller|Baker|Santos|Horvat|Lin|Popescu|Dubois|Ali'
).split('|');

export const PLACES = (
  'Pacific|Northern|Eastern|Atlantic|Continental|Central|Western|Southern|Coastal|Highland|' +
  'Delta|Harbor|Capital|Border|Inland|Polar|Gulf|Union'
).split('|');

export const TOPICS = (
  'Rare Earth|Semiconductor|Telecom|Shipping|Energy|Battery|Cyber|Trade|Magnet|Gallium|' +
  'Lithium|Satellite|Defense|Finance|Mining|Export|Data|Grid|Port|Customs|Intelligence|Cable|' +
  'Cloud|Steel|Graphite|Antimony'
).split('|');

export const ORG_SUFFIXES = (
  'Holdings|Group|Corporation|Industries|Partners|Systems|Technologies|Resources|Logistics|' +
  'Trading|Networks|Institute|Council|Association'
).split('|');

export const AGENCY_FORMS = (
  'Ministry of {t}|Department of {t}|{p} {t} Bureau|National {t} Agency|{t} Security Office|' +
  '{t} Control Commission|Office of {t} Affairs'
).split('|');

export const ANIMALS = (
  'Typhoon|Panda|Falcon|Dragon|Tiger|Viper|Bear|Kitten|Spider|Hydra|Storm|Tempest|Jackal|Lynx|' +
  'Cobra|Raven|Mantis|Wolf'
).split('|');

export const ELEMENTS = (
  'Salt|Volt|Copper|Flax|Silk|Iron|Jade|Amber|Cobalt|Onyx|Granite|Ember|Frost|Ash|Brass|Slate|' +
  'Mercury|Quartz'
).split('|');

export const OUTLETS = 'Times|Daily|Wire|Herald|Post|Journal|Review|Observer|Monitor|Tribune'.split('|');

export const PUBLISHERS = (
  'Reuters|Financial Times|Nikkei Asia|Associated Press|Bloomberg|Le Monde|The Guardian|' +
  'South China Morning Post|NextGov|Asia One|Der Spiegel|Al Jazeera|The Economist|Politico|' +
  'Caixin|Yonhap|Kyodo|Agence France-Presse|El Pais|CyberScoop|The Record|Wired|' +
  'Rare Earth Exchanges|US Department of the Treasury|European Commission|' +
  'Ministry of Commerce|CISA|Hudson Institute|Brookings'
).split('|');

export const RESOURCES = (
  'neodymium|dysprosium|terbium|gallium|germanium|graphite|lithium|cobalt|antimony|tungsten|' +
  'yttrium|samarium|nickel|scandium|indium|magnesium'
).split('|');

export const EVENT_KINDS = 'Summit|Talks|Conference|Hearing|Negotiations|Forum|Visit'.split('|');
export const POLICY_KINDS =
  'Export Controls|Tariffs|Sanctions|Licensing Rules|Investment Ban|Truce Terms'.split('|');
export const INFRA_KINDS =
  'Port|Power Grid|Undersea Cable|Data Center|Rail Link|Refinery|Telecom Backbone'.split('|');

const SYLLABLES =
  'ka lo vren dar qui zel mor tha bex nil sor ulm pyr gan esh tov rik wyn jas oth cal dre fen hux ix yor'.split(
    ' ',
  );

/** A made-up word of three syllables, capitalised: names that occur once or twice in a graph. */
export function coinedWord(pick: (n: number) => number): string {
  const word = [0, 1, 2].map(() => SYLLABLES[pick(SYLLABLES.length)]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lower-case words joined by "-", as fixture ids must be. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
