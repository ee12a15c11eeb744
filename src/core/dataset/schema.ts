/**
 * The source schema of the people dataset (assets/people/*.json), as people review it in a diff.
 * Dates are as precise as the fact is sure: "2012", "2012-05" or "2012-05-07".
 */

/** What kind of position a role is; used for statistics and to weigh title-only mentions. */
export const ROLE_KINDS = [
  'head-of-state',
  'head-of-government',
  'minister',
  'legislator',
  'judiciary',
  'military',
  'security',
  'party',
  'regional',
  'local',
  'diplomat',
  'international',
  'official',
  'business',
  'media',
  'religious',
  'activist',
  'other',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** A dated position: "Minister of Defence of Russia" from 2012-11-06 to 2024-05-12. */
export interface RoleSource {
  /** Display-ready, in the reader's words: "Minister of Defence of Russia". */
  title: string;
  /** Organisation or jurisdiction: "Russia", "Wagner Group", "European Commission". */
  org: string;
  kind: RoleKind;
  start: string;
  /** Absent: still held on the dataset's "as of" date (unless `ended`). */
  end?: string;
  /** The role has ended but the date is not known for sure. */
  ended?: true;
  /** Party, for elected roles: "Republican", "United Russia". */
  party?: string;
}

/** One person as written in a source file. */
export interface PersonSource {
  /** Stable kebab-case id: "sergei-shoigu"; namesakes get a qualifier. */
  id: string;
  /** Canonical English name: "Sergei Shoigu". */
  name: string;
  /** Other spellings, transliterations, native-script names, headline nicknames. */
  aliases?: string[];
  /** The form used alone after a first mention when it is not the name's last word: "Kim". */
  surname?: string;
  /** One line in our own words. */
  description: string;
  /** ISO 3166-1 alpha-2 code of the country the person is chiefly associated with. */
  country: string;
  born?: string;
  died?: string;
  /** Wikidata id, only where certain: "Q7747". */
  wikidata?: string;
  /** Words whose presence on a page points to this person rather than a namesake. */
  context?: string[];
  roles: RoleSource[];
}

/** One source file: a region or domain of the dataset. */
export interface PeopleFileSource {
  region: string;
  people: PersonSource[];
}

/** The dataset's manifest (assets/people/dataset.json). */
export interface DatasetManifest {
  /** The date the facts are true as of; no fact may be dated later. */
  asOf: string;
}
