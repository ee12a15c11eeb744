/**
 * Speech verbs and the words around quotations that tell what a quotation is. Folded.
 */

/** Verbs that report speech: "said", "told", "can be heard screaming". */
export const SPEECH_VERBS =
  'said|says|say|saying|told|tells|added|adds|asked|asks|wrote|writes|insisted|insists|warned|warns|claimed|claims|' +
  'screamed|screaming|shouted|shouting|yelled|declared|declares|stated|states|explained|explains|noted|notes|argued|' +
  'argues|replied|replies|responded|responds|continued|continues|recalled|recalls|posted|tweeted|announced|announces|' +
  'admitted|admits|suggested|suggests|demanded|demands|demanding|urged|urges|joked|vowed|vows|stressed|stresses|' +
  'countered|added|conceded|concluded|cautioned|boasted|complained|complains|predicted|promised|quipped|sang|chanted|' +
  'whispered|mused|remarked|observed|pleaded|begged|acknowledged|confirmed|denied|lamented|wondered|accused|accuses|' +
  'blamed|criticised|criticized|described|hoped';

/** The speech verbs as a set of folded words. */
export const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS.split('|'));

/** Words before a short quotation that hold a term at arm's length: “partial mobilization”. */
export const SCARE_LEAD =
  /(?:\bso-called|\bcalling\s+(?:it|them|him|her|this|that)|\bcalled|\bdubbed|\bbranded|\blabel(?:l)?ed|\btermed|\bknown as|\bthe|\ba|\ban|\bits|\bhis|\bher|\btheir|\bour|\bthis|\bthat|['’]s)\s*$/iu;

/** Nouns after which a quoted Title Case phrase is a work's title, not a quotation. */
export const WORK_LEAD =
  /\b(?:book|novel|film|movie|series|show|programme|program|song|album|play|opera|poem|essay|article|column|newspaper|magazine|titled|entitled|headlined)\s*,?\s*$/iu;

/** Pronouns that stand for the last person named. */
export const PRONOUNS = new Set(['he', 'she', 'they']);
